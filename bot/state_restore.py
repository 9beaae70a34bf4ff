"""Restoring bot state from its stored JSON without ever running code the JSON chooses.

Bot state is written with jsonpickle, as botbuilder's own storages write it: dialog
state holds objects (``DialogState``, ``DialogInstance``, ``PromptOptions`` and the
``Activity`` objects inside them). ``jsonpickle.decode`` must never read it back:
jsonpickle resolves any dotted name by importing and following attributes, so a
name that merely *starts* like an allowed module (``botbuilder.dialogs.about.os.system``)
reaches ``os.system``, and its ``py/reduce`` tag calls whatever it resolved.

:func:`restore_state` is a separate reader for exactly the part of jsonpickle's
format that policybot's state uses:

- plain JSON values, lists and string-keyed objects;
- ``{"py/object": NAME, attribute: value, ...}`` where NAME is *exactly* the name of a
  class in :data:`CLASSES`. The class comes out of that dictionary, never from an
  import; the instance is made with ``object.__new__`` and its attributes are put
  straight into its ``__dict__``, so no constructor, setter or ``__setstate__`` runs;
- ``{"py/reduce": [{"py/type": NAME}, {"py/tuple": [args]}]}`` only where NAME is one
  of the enum or value classes in :data:`REDUCIBLE`, which are then called with
  plain values (``ActivityTypes("message")``, ``timedelta(1, 0, 0)``);
- jsonpickle's form of ``datetime`` and ``date`` (their pickled bytes in base64);
- ``py/tuple`` and ``py/id`` (a second reference to an object already restored).

Anything else — another tag (``py/function``, ``py/repr``, ``py/state``, ``py/newargs``
…), a name off the list, a non-string key, nesting deeper than :data:`MAX_DEPTH` —
raises :class:`StateRefused`. :func:`encode_state` refuses at *write* time any value
this reader could not read back, so a new kind of object in dialog state fails in the
tests, not as a reset conversation in production.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from enum import Enum
from typing import Any

import botbuilder.schema as schema
import botbuilder.schema.teams as teams_schema
import jsonpickle
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.dialogs.choices import Choice, ChoiceFactoryOptions, ListStyle
from botbuilder.dialogs.prompts import PromptOptions
from msrest.serialization import Model

# Dialog state nests DialogState -> DialogInstance -> state -> DialogState for each
# component dialog, and prompts hold activities holding Adaptive Cards; 100 levels is
# several times what policybot writes and far below Python's recursion limit.
MAX_DEPTH = 100


class StateRefused(ValueError):
    """A stored value uses something the restorer does not allow; the message says what."""


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _classes_of(module) -> list[type]:
    return [value for value in vars(module).values() if isinstance(value, type) and issubclass(value, (Model, Enum))]


_SCHEMA = _classes_of(schema) + _classes_of(teams_schema)
_DIALOG_OBJECTS = [DialogState, DialogInstance, PromptOptions, Choice, ChoiceFactoryOptions]
_ENUMS = [cls for cls in _SCHEMA if issubclass(cls, Enum)] + [ListStyle]

# Classes whose instances may be restored from {"py/object": name, ...}: plain data
# holders (msrest models and botbuilder's dialog bookkeeping).
CLASSES: dict[str, type] = {_name(cls): cls for cls in _DIALOG_OBJECTS + [c for c in _SCHEMA if issubclass(c, Model)]}
# Callables {"py/reduce": ...} may call: enums by value, and timedelta/timezone (the
# parts of an aware datetime).
REDUCIBLE: dict[str, type] = {_name(cls): cls for cls in _ENUMS + [dt.timedelta, dt.timezone]}
# jsonpickle writes these as {"py/object": name, "__reduce__": [{"py/type": name}, [b64, tz?]]}.
PICKLED_BYTES: dict[str, type] = {_name(cls): cls for cls in (dt.datetime, dt.date)}

for _cls in CLASSES.values():
    # Restoring relies on object.__new__ making an empty instance and on the state
    # living in __dict__; a class that changes either (after an upgrade) must be
    # looked at before it is allowed.
    if _cls.__new__ is not object.__new__ or "__slots__" in vars(_cls) or "__setstate__" in vars(_cls):
        raise RuntimeError(f"{_name(_cls)} cannot be restored by attribute; review the allow-list")


def encode_state(value: Any) -> str:
    """``value`` as stored text; raises TypeError if :func:`restore_state` could not
    read it back (a class missing from the allow-list is a bug to fix, not to store)."""
    text = state_text(value)
    check_restorable(text)
    return text


def state_text(value: Any) -> str:
    """``value`` in jsonpickle's format, unchecked: what :func:`encode_state` would store."""
    return jsonpickle.encode(value, keys=True)


def check_restorable(text: str) -> None:
    """Raise TypeError unless :func:`restore_state` can read ``text`` back."""
    try:
        restore_state(json.loads(text))
    except StateRefused as error:
        raise TypeError(f"bot state holds something that could not be restored: {error}") from None


def restore_state(document: Any) -> Any:
    """The objects ``document`` (parsed JSON written by :func:`encode_state`) describes."""
    return _Restorer().restore(document, 0)


class _Restorer:
    def __init__(self):
        # Every list, dict, object and reduced value, in the order jsonpickle numbers
        # them, so that {"py/id": n} finds the same object jsonpickle's writer meant.
        self._seen: list[Any] = []

    def _register(self, value: Any) -> int:
        self._seen.append(value)
        return len(self._seen) - 1

    def restore(self, node: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise StateRefused(f"nested deeper than {MAX_DEPTH} levels")
        if node is None or isinstance(node, (bool, int, float, str)):
            return node
        if isinstance(node, list):
            restored: list = []
            self._register(restored)
            restored.extend(self.restore(item, depth + 1) for item in node)
            return restored
        if not isinstance(node, dict):
            raise StateRefused(f"unexpected {type(node).__name__}")
        tags = [key for key in node if key.startswith("py/")]
        if not tags:
            return self._plain_dict(node, depth)
        tag = tags[0]
        if tag == "py/object" and set(tags) == {"py/object"}:
            return self._object(node, depth)
        if len(node) != 1:
            raise StateRefused(f"unexpected keys beside {tag}")
        if tag == "py/tuple":
            return tuple(self.restore(item, depth + 1) for item in _list(node[tag], tag))
        if tag == "py/id":
            return self._reference(node[tag])
        if tag == "py/reduce":
            return self._reduce(node[tag], depth)
        raise StateRefused(f"the jsonpickle tag {tag} is not allowed in stored state")

    def _plain_dict(self, node: dict, depth: int) -> dict:
        restored: dict = {}
        self._register(restored)
        for key, value in node.items():
            if key.startswith("json://"):
                raise StateRefused("only string keys are allowed in stored state")
            restored[key] = self.restore(value, depth + 1)
        return restored

    def _reference(self, index: Any) -> Any:
        if type(index) is not int or not 0 <= index < len(self._seen) or self._seen[index] is None:
            raise StateRefused("a py/id refers to nothing restored before it")
        return self._seen[index]

    def _object(self, node: dict, depth: int) -> Any:
        name = node["py/object"]
        if name in PICKLED_BYTES:
            return self._pickled_bytes(name, node, depth)
        cls = CLASSES.get(name) if isinstance(name, str) else None
        if cls is None:
            raise StateRefused(f"the class {_quoted(name)} is not allowed in stored state")
        instance = object.__new__(cls)
        self._register(instance)
        attributes = instance.__dict__
        for key, value in node.items():
            if key == "py/object":
                continue
            if key.startswith("__"):
                raise StateRefused(f"{name} may not have the attribute {_quoted(key)}")
            attributes[key] = self.restore(value, depth + 1)
        return instance

    def _reduce(self, value: Any, depth: int) -> Any:
        # jsonpickle numbers a reduced value before its arguments.
        index = self._register(None)
        parts = _list(value, "py/reduce")
        if len(parts) != 2 or not isinstance(parts[0], dict) or set(parts[0]) != {"py/type"}:
            raise StateRefused("py/reduce must be [{py/type: class}, {py/tuple: arguments}]")
        name = parts[0]["py/type"]
        cls = REDUCIBLE.get(name) if isinstance(name, str) else None
        if cls is None:
            raise StateRefused(f"the class {_quoted(name)} may not be called in stored state")
        if not isinstance(parts[1], dict) or set(parts[1]) != {"py/tuple"}:
            raise StateRefused("py/reduce arguments must be a py/tuple")
        arguments = [self.restore(item, depth + 1) for item in _list(parts[1]["py/tuple"], "py/tuple")]
        if not all(isinstance(a, (str, int, float, dt.timedelta)) and not isinstance(a, bool) for a in arguments):
            raise StateRefused(f"{name} may only be called with plain values")
        try:
            restored = cls(*arguments)
        except (TypeError, ValueError, OverflowError) as error:
            raise StateRefused(f"{name} was given an invalid value ({type(error).__name__})") from None
        self._seen[index] = restored
        return restored

    def _pickled_bytes(self, name: str, node: dict, depth: int) -> Any:
        index = self._register(None)
        cls = PICKLED_BYTES[name]
        reduce = node.get("__reduce__")
        if set(node) != {"py/object", "__reduce__"} or not isinstance(reduce, list) or len(reduce) != 2:
            raise StateRefused(f"{name} must be stored as jsonpickle stores it")
        if reduce[0] != {"py/type": name} or not isinstance(reduce[1], list) or not 1 <= len(reduce[1]) <= 2:
            raise StateRefused(f"{name} must be stored as jsonpickle stores it")
        encoded, *zone = reduce[1]
        try:
            data = base64.b64decode(str(encoded), validate=True)
        except (binascii.Error, ValueError):
            raise StateRefused(f"{name} holds invalid base64") from None
        arguments = [data]
        if zone:
            tzinfo = self.restore(zone[0], depth + 1)
            if not isinstance(tzinfo, dt.timezone) or cls is not dt.datetime:
                raise StateRefused(f"{name} may only carry a fixed-offset time zone")
            arguments.append(tzinfo)
        try:
            # The C constructors accept their own pickled form and check every field.
            restored = cls(*arguments)
        except (TypeError, ValueError) as error:
            raise StateRefused(f"{name} holds an invalid value: {error}") from None
        self._seen[index] = restored
        return restored


def _quoted(name: Any) -> str:
    """A stored name for a message, cut short: the log must not carry a whole payload."""
    text = repr(name)
    return text if len(text) <= 80 else text[:77] + "..."


def _list(value: Any, tag: str) -> list:
    if not isinstance(value, list):
        raise StateRefused(f"{tag} must hold a list")
    return value
