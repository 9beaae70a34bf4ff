"""From the bytes of a ``POST /api/messages`` to an Activity the bot can trust the shape of.

Everything a request can get wrong is found here, before the turn starts, and
raised as :class:`BadRequest` with the status and a sentence saying what is wrong
(``bot/http.py`` answers it), so that no malformed request reaches botbuilder or a
feature to end as a 500, a logged traceback or an apology:

- the Content-Type must be exactly ``application/json``, with no charset or ``utf-8``
  (415);
- the body must be UTF-8 JSON nested at most :data:`MAX_DEPTH` deep (400);
- lone UTF-16 surrogates (``"\\ud800"`` is valid JSON but no character) become U+FFFD,
  because SQLite, the log and the Bot Connector all refuse to encode them;
- the activity needs ``type``, ``channelId``, ``serviceUrl``, ``conversation.id`` and
  ``from.id`` (400);
- every field that Bot Framework's schema (botbuilder's own msrest models) types as an
  object or a list must be one, at any depth; an invoke needs a ``name``, and the value
  of every invoke botbuilder deserialises must deserialise (400).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from botbuilder.core.serializer_helper import DEPENDICIES_DICT, deserializer_helper
from botbuilder.schema import Activity
from botbuilder.schema.teams import (
    AppBasedLinkQuery,
    FileConsentCardResponse,
    MessagingExtensionAction,
    MessagingExtensionQuery,
    O365ConnectorCardActionQuery,
    TabRequest,
    TabSubmit,
    TaskModuleRequest,
    TeamsChannelData,
)
from msrest.serialization import Model

from bot.wire import from_wire

# Teams' activities nest about a dozen levels (an Adaptive Card inside an attachment
# inside a message payload); JSON nested deeper than this is refused unread.
MAX_DEPTH = 64

# The invokes botbuilder's TeamsActivityHandler deserialises, and into what (its
# on_invoke_activity, 4.17.1).
INVOKE_VALUE_MODELS: dict[str, type[Model]] = {
    "fileConsent/invoke": FileConsentCardResponse,
    "actionableMessage/executeAction": O365ConnectorCardActionQuery,
    "composeExtension/queryLink": AppBasedLinkQuery,
    "composeExtension/anonymousQueryLink": AppBasedLinkQuery,
    "composeExtension/query": MessagingExtensionQuery,
    "composeExtension/querySettingUrl": MessagingExtensionQuery,
    "composeExtension/submitAction": MessagingExtensionAction,
    "composeExtension/fetchTask": MessagingExtensionAction,
    "task/fetch": TaskModuleRequest,
    "task/submit": TaskModuleRequest,
    "tab/fetch": TabRequest,
    "tab/submit": TabSubmit,
}
# Fields the schema types as "object" that Teams always sends as JSON objects: the
# data a task module or action form submits.
SUBMITTED_DATA = {MessagingExtensionAction: "data", TaskModuleRequest: "data"}

_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class BadRequest(Exception):
    """The request cannot be an activity; ``status`` is the HTTP answer (400 or 415)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def check_content_type(mimetype: str, charset: str | None) -> None:
    """``mimetype`` and ``charset`` as aiohttp parses them from the Content-Type header."""
    if mimetype != "application/json":
        raise BadRequest("Content-Type must be application/json", 415)
    if charset is not None and charset.lower() not in ("utf-8", "utf8"):
        raise BadRequest("Content-Type's charset must be utf-8 (JSON is UTF-8)", 415)


def parse_json(body: bytes) -> Any:
    """The JSON ``body`` holds, no deeper than MAX_DEPTH, with lone surrogates replaced."""
    try:
        document = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest("the body is not UTF-8") from None
    except RecursionError:
        raise BadRequest(f"the JSON is nested more than {MAX_DEPTH} deep") from None
    except ValueError:
        raise BadRequest("the body is not valid JSON") from None
    return _cleaned(document, 0)


def _cleaned(node: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise BadRequest(f"the JSON is nested more than {MAX_DEPTH} deep")
    if isinstance(node, str):
        return _LONE_SURROGATE.sub("\ufffd", node)
    if isinstance(node, list):
        return [_cleaned(item, depth + 1) for item in node]
    if isinstance(node, dict):
        return {_LONE_SURROGATE.sub("\ufffd", key): _cleaned(value, depth + 1) for key, value in node.items()}
    return node


def activity_from(body: Any) -> Activity:
    """The activity in the parsed JSON ``body``; raises BadRequest saying what is wrong."""
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object (a Bot Framework activity)")
    for field in ("type", "channelId", "serviceUrl"):
        if not _text(body.get(field)):
            raise BadRequest(f"the activity has no {field}")
    for field in ("conversation", "from"):
        if not isinstance(body.get(field), dict) or not _text(body[field].get("id")):
            raise BadRequest(f"the activity has no {field}.id")
    check_shape(Activity, body, "activity")
    if body["channelId"] == "msteams" and isinstance(body.get("channelData"), dict):
        check_shape(TeamsChannelData, body["channelData"], "channelData")
    if body["type"] == "invoke":
        _check_invoke(body)
    try:
        return from_wire(Activity, body)
    except Exception as error:  # noqa: BLE001 — msrest raises several kinds
        raise BadRequest(f"the activity is malformed: {type(error).__name__}") from None


def _check_invoke(body: dict) -> None:
    name = body.get("name")
    if not _text(name):
        raise BadRequest("the invoke has no name")
    model = INVOKE_VALUE_MODELS.get(name)
    if model is None:
        return
    value = body.get("value")
    if not isinstance(value, dict):
        raise BadRequest(f"the value of a {name} invoke must be an object")
    check_shape(model, value, "value")
    submitted = SUBMITTED_DATA.get(model)
    if submitted and value.get(submitted) is not None and not isinstance(value[submitted], dict):
        raise BadRequest(f"value.{submitted} must be an object")
    try:
        deserializer_helper(model, copy.deepcopy(value))
    except Exception as error:  # noqa: BLE001 — msrest raises several kinds
        raise BadRequest(f"the value of the {name} invoke is malformed: {type(error).__name__}") from None


def check_shape(model: type[Model], data: dict, where: str) -> None:
    """Raise BadRequest where ``data`` has a scalar for a field ``model`` types as an
    object or a list. Empty values pass: Teams sends ``""`` for absent objects, and
    botbuilder reads those as null."""
    fields = {spec["key"]: spec["type"] for spec in model._attribute_map.values()}  # pylint: disable=protected-access
    for key, value in data.items():
        if key in fields and value not in (None, "", [], {}):
            _check_value(fields[key], value, f"{where}.{key}")


def _check_value(type_name: str, value: Any, where: str) -> None:
    if type_name.startswith("[") and type_name.endswith("]"):
        if not isinstance(value, list):
            raise BadRequest(f"{where} must be a list")
        for index, item in enumerate(value):
            if item not in (None, "", {}):
                _check_value(type_name[1:-1], item, f"{where}[{index}]")
    elif type_name.startswith("{") and type_name.endswith("}"):
        if not isinstance(value, dict):
            raise BadRequest(f"{where} must be an object")
        for key, item in value.items():
            if item not in (None, ""):
                _check_value(type_name[1:-1], item, f"{where}.{key}")
    else:
        model = DEPENDICIES_DICT.get(type_name)
        if isinstance(model, type) and issubclass(model, Model):
            if not isinstance(value, dict):
                raise BadRequest(f"{where} must be an object")
            check_shape(model, value, where)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
