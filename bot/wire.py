"""Bot Framework schema objects as the JSON the Bot Connector reads, made quickly.

msrest's ``Serializer.body`` (what botbuilder's connector client calls for every reply)
first rebuilds the model from itself, validates it, and then walks it with a
type-directed serializer: for a reply carrying an Adaptive Card that walk was the
largest single cost of a turn. The schema's JSON is simple — each attribute of a
model under the key its ``_attribute_map`` names (an unset one left out), enums as their
values, datetimes in ISO 8601 — so :func:`to_wire` writes it directly, and
``tests/test_wire.py`` holds it to msrest's output for every kind of activity
policybot sends.

:class:`WireSerializer` is the msrest serializer a connector client uses, with
:func:`to_wire` for the request bodies of the schema's models;
:class:`WireDeserializer` reads the one answer every send gets back (a
``ResourceResponse``, just an id) without msrest's generic machinery.

:func:`from_wire` is the way in: the activity a request's JSON describes, as msrest's
``Model.deserialize`` builds it (the same attributes, nested models, datetimes and
``additional_properties`` for keys the schema does not name), for the JSON shapes the
schema declares; anything else is left to msrest itself.
"""

from __future__ import annotations

import datetime as dt
import functools
from enum import Enum
from typing import Any

from botbuilder.schema import ResourceResponse
from msrest.serialization import Deserializer, Model, Serializer

_BASIC = {"str": str, "bool": bool, "int": int, "float": (int, float)}


def to_wire(value: Any) -> Any:
    """``value`` (a schema model, or anything inside one) as plain JSON values."""
    if isinstance(value, Model):
        out = {}
        for attribute, info in type(value)._attribute_map.items():  # noqa: SLF001 — msrest's schema
            item = getattr(value, attribute, None)
            if item is not None:
                out[info["key"]] = to_wire(item)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(item) for item in value]
    if isinstance(value, dt.datetime):
        return Serializer.serialize_iso(value)
    return value


class WireSerializer(Serializer):
    """msrest's serializer, but request bodies of schema models go through :func:`to_wire`."""

    def body(self, data, data_type, **kwargs):
        if isinstance(data, Model):
            return to_wire(data)
        return super().body(data, data_type, **kwargs)


class WireDeserializer(Deserializer):
    """msrest's deserializer, with a direct path for the ``ResourceResponse`` a send returns."""

    def __call__(self, target_obj, response_data, content_type=None):
        if target_obj == "ResourceResponse":
            data = self._unpack_content(response_data, content_type)
            if isinstance(data, dict) and isinstance(data.get("id", ""), str | type(None)):
                return ResourceResponse(id=data.get("id"))
        return super().__call__(target_obj, response_data, content_type)


def speak_wire(client) -> None:
    """Make a botframework ``ConnectorClient`` and its operation groups (conversations,
    attachments) serialise through :class:`WireSerializer` and read answers through
    :class:`WireDeserializer`."""
    serializer = WireSerializer(client._serialize.dependencies)  # noqa: SLF001 — the client's own models
    serializer.client_side_validation = client._serialize.client_side_validation  # noqa: SLF001
    deserializer = WireDeserializer(client._deserialize.dependencies)  # noqa: SLF001
    client._serialize, client._deserialize = serializer, deserializer  # noqa: SLF001
    for group in vars(client).values():
        if hasattr(group, "_serialize") and hasattr(group, "_deserialize"):
            group._serialize, group._deserialize = serializer, deserializer  # noqa: SLF001


class _Unusual(Exception):
    """A value whose JSON is not the shape the schema declares: msrest decides."""


def from_wire(model: type[Model], data: dict) -> Model:
    """The ``model`` (e.g. ``Activity``) that the parsed JSON ``data`` describes, as
    ``model.deserialize(data)`` would build it."""
    try:
        return _model(model, data, _classes(model))
    except _Unusual:
        return model.deserialize(data)


@functools.cache
def _classes(model: type[Model]) -> dict:
    """The schema's models by name, as msrest finds them for ``model`` (it rebuilds this
    dict on every call)."""
    return model._infer_class_models()  # noqa: SLF001 — msrest's schema


@functools.cache
def _keys(model: type[Model]) -> frozenset[str]:
    """The JSON keys ``model``'s attributes are written under."""
    return frozenset(info["key"] for info in model._attribute_map.values())  # noqa: SLF001


def _model(model: type[Model], data, classes: dict) -> Model:
    if not isinstance(data, dict):
        raise _Unusual
    attributes = model._attribute_map  # noqa: SLF001
    values = {}
    for attribute, info in attributes.items():
        value = data.get(info["key"])
        values[attribute] = None if value is None else _value(info["type"], value, classes)
    made = model(**values)
    known = _keys(model)
    unknown = {key: value for key, value in data.items() if key not in known}
    if unknown:
        made.additional_properties = unknown
    return made


def _value(kind: str, value, classes: dict):
    if kind == "object":
        return value  # parsed JSON already: msrest would copy it as it is
    if kind in _BASIC:
        if isinstance(value, _BASIC[kind]) and not (kind != "bool" and isinstance(value, bool)):
            return value
        raise _Unusual
    if kind == "iso-8601":
        return Deserializer.deserialize_iso(value)
    if kind.startswith("[") and isinstance(value, list):
        return [_value(kind[1:-1], item, classes) for item in value]
    if kind.startswith("{") and isinstance(value, dict):
        return {key: _value(kind[1:-1], item, classes) for key, item in value.items()}
    model = classes.get(kind)
    if isinstance(model, type) and issubclass(model, Model):
        return _model(model, value, classes)
    raise _Unusual
