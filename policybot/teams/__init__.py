"""The Teams app package (manifest and icons) and its command."""
