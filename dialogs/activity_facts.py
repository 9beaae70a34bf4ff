"""What an incoming activity says about where it came from, read the one way.

Teams puts some facts in two places (the tenant is both ``conversation.tenantId`` and
``channelData.tenant.id``), and ``channelData`` is whatever JSON the sender chose, so
every reader goes through these functions rather than poking at the activity itself.
Here rather than in ``bot/`` because dialogs need them too, and ``dialogs/`` never
imports ``bot/``.
"""

from __future__ import annotations

from botbuilder.schema import Activity


def channel_data(activity: Activity) -> dict:
    """The activity's ``channelData`` when it is an object, else empty."""
    return activity.channel_data if isinstance(activity.channel_data, dict) else {}


def tenant_of(activity: Activity) -> str:
    """The Microsoft 365 tenant the activity came from ("" when it says none)."""
    tenant = channel_data(activity).get("tenant")
    return (
        (activity.conversation.tenant_id if activity.conversation else None)
        or (tenant.get("id") if isinstance(tenant, dict) else None)
        or ""
    )
