"""Hostile inputs, shared by the hardening tests and ``scripts/probe_hardening.py``.

- :func:`hostile_state` — stored bot state that runs code if read with jsonpickle;
- :func:`forgeries` — Authorization headers the service must answer with 401;
- :func:`bad_requests` — requests it must answer with a 4xx before any turn starts;
- :data:`SURROGATE_TEXTS` — messages holding lone UTF-16 surrogates.
"""

from __future__ import annotations

import json
import time

import jwt

from tests.e2e import activity
from tests.fake_login import FORGER_KEY, KEY_ID, claims, token

SURROGATE_TEXTS = [
    "check: \ud800",
    "check: can I send this \ud800 to my sergeant",
    "what is the best pizza topping \udc00 in town",
]

ALLOWED_DIALOG_CLASS = "botbuilder.dialogs.dialog_state.DialogState"


def _eval(code: str) -> dict:
    """The issue's second payload: ``builtins.eval`` reached through a module that
    happens to import ``builtins``, under an allowed-looking prefix."""
    return {
        "py/reduce": [{"py/type": "botbuilder.dialogs.memory.dialog_state_manager.builtins.eval"}, {"py/tuple": [code]}]
    }


def hostile_state(marker) -> dict[str, object]:
    """One document per way in: the two payloads of the issue, and each jsonpickle tag
    used as harmfully as it can be."""
    touch = f"open({str(marker)!r}, 'w').write('ran')"
    shell = f"touch '{marker}'"
    return {
        "issue: os.system under botbuilder.dialogs.about": {
            "py/reduce": [{"py/type": "botbuilder.dialogs.about.os.system"}, {"py/tuple": [shell]}]
        },
        "issue: builtins.eval under dialog_state_manager": _eval(touch),
        "a pickled dict key (json://) holding a reduce": {"json://" + json.dumps(_eval(touch)): "value"},
        "py/reduce of a function": {"py/reduce": [{"py/function": "builtins.eval"}, {"py/tuple": [touch]}]},
        "py/reduce of an allowed class's module attribute": {
            "py/reduce": [{"py/type": "botbuilder.schema._models_py3.msrest.serialization.Model"}, {"py/tuple": []}]
        },
        "py/function": {"py/function": "builtins.eval"},
        "py/type alone": {"py/type": "botbuilder.dialogs.about.os.system"},
        "py/object outside the list": {"py/object": "subprocess.Popen"},
        "py/object by attribute path": {"py/object": "botbuilder.dialogs.about.os._wrap_close"},
        "py/object with py/state": {"py/object": ALLOWED_DIALOG_CLASS, "py/state": {"_dialog_stack": _eval(touch)}},
        "py/object with py/newargs": {"py/object": ALLOWED_DIALOG_CLASS, "py/newargs": {"py/tuple": [_eval(touch)]}},
        "py/object with py/newargsex": {"py/object": ALLOWED_DIALOG_CLASS, "py/newargsex": [[_eval(touch)], {}]},
        "py/object with py/initargs": {"py/object": ALLOWED_DIALOG_CLASS, "py/initargs": {"py/tuple": [_eval(touch)]}},
        "py/object with py/seq": {"py/object": ALLOWED_DIALOG_CLASS, "py/seq": [_eval(touch)]},
        "py/object with a dunder attribute": {"py/object": ALLOWED_DIALOG_CLASS, "__class__": {"py/type": "os.system"}},
        "py/newobj": {
            "py/reduce": [
                {"py/function": "copyreg.__newobj__"},
                {"py/tuple": [{"py/type": "subprocess.Popen"}, ["true"]]},
            ]
        },
        "py/repr": {"py/repr": f"os/os.system({shell!r})"},
        "py/mod": {"py/mod": "os"},
        "py/iterator": {"py/iterator": [_eval(touch)]},
        "py/set": {"py/set": [_eval(touch)]},
        "py/tuple around a payload": {"py/tuple": [_eval(touch)]},
        "py/id pointing forward": {"py/id": 99},
        "py/ref": {"py/ref": "/"},
        "py/property": {"py/property": "builtins.eval"},
        "py/bytes": {"py/bytes": "=00"},
        "py/b64": {"py/b64": "AAAA"},
        "py/b85": {"py/b85": "00000"},
        "a datetime whose reduce names another class": {
            "py/object": "datetime.datetime",
            "__reduce__": [{"py/type": "builtins.eval"}, [touch]],
        },
        "an enum called with a payload": {
            "py/reduce": [
                {"py/type": "botbuilder.schema._connector_client_enums.ActivityTypes"},
                {"py/tuple": [_eval(touch)]},
            ]
        },
    }


def forgeries(service_url: str) -> dict[str, str]:
    """Authorization headers that must each be refused with 401."""
    valid = token(claims(service_url))
    header, payload, signature = valid.split(".")
    other_payload = token(claims(service_url, aud="someone-else")).split(".")[1]
    return {
        "no token": "",
        "not Bearer": f"Basic {valid}",
        "not a JWT": "Bearer garbage",
        "alg none": "Bearer " + token(claims(service_url), key=None, algorithm="none"),
        "HS256 with a made-up secret": "Bearer "
        + jwt.encode(claims(service_url), "s" * 32, algorithm="HS256", headers={"kid": KEY_ID}),
        "own RSA key with the Connector's kid": "Bearer " + token(claims(service_url), key=FORGER_KEY),
        "own RSA key without kid": "Bearer " + token(claims(service_url), key=FORGER_KEY, kid=None),
        "own RSA key with an unknown kid": "Bearer " + token(claims(service_url), key=FORGER_KEY, kid="forger-key"),
        "no iss": "Bearer " + token(claims(service_url, iss=None)),
        "another issuer (Emulator / AAD)": "Bearer "
        + token(claims(service_url, iss="https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")),
        "wrong aud": "Bearer " + token(claims(service_url, aud="another-bot")),
        "no aud": "Bearer " + token(claims(service_url, aud=None)),
        "expired": "Bearer " + token(claims(service_url, exp=int(time.time()) - 3600)),
        "no exp": "Bearer " + token(claims(service_url, exp=None)),
        "not yet valid": "Bearer " + token(claims(service_url, nbf=int(time.time()) + 3600)),
        "for another serviceUrl": "Bearer " + token(claims("https://attacker.example/")),
        "payload swapped under a real signature": f"Bearer {header}.{other_payload}.{signature}",
    }


def _invoke(channel, name: str, value) -> dict:
    body = activity(channel, type="invoke", value=value, conversation_id="a:group", conversation_type="groupChat")
    body["name"] = name  # activity()'s own ``name`` is the sender's display name
    return body


def _without(body: dict, field: str) -> dict:
    return {key: value for key, value in body.items() if key != field}


def bad_requests(channel) -> dict[str, tuple[bytes, str, int]]:
    """name -> (body, Content-Type, expected status)."""
    message = activity(channel, text="help")
    deep_object = b'{"a":' * 3000 + b"1" + b"}" * 3000
    as_json = lambda value: json.dumps(value).encode()  # noqa: E731
    cases = {
        "charset=bogus": (as_json(message), "application/json; charset=bogus", 415),
        "charset=latin-1": (as_json(message), "application/json; charset=latin-1", 415),
        "application/json only mentioned": (as_json(message), "text/plain; note=application/json", 415),
        "application/jsonp": (as_json(message), "application/jsonp", 415),
        "no Content-Type": (as_json(message), "", 415),
        "not UTF-8": (as_json(message).replace(b"help", b"h\xe9lp"), "application/json", 400),
        "arrays nested 5000 deep": (b"[" * 5000 + b"]" * 5000, "application/json", 400),
        "objects nested 3000 deep": (deep_object, "application/json", 400),
        "value nested 70 deep": (
            as_json({**message, "value": json.loads("[" * 70 + "]" * 70)}),
            "application/json",
            400,
        ),
        "no from": (as_json(_without(message, "from")), "application/json", 400),
        "from without id": (as_json({**message, "from": {"name": "Alice"}}), "application/json", 400),
        "from is a string": (as_json({**message, "from": "29:alice"}), "application/json", 400),
        "no conversation": (as_json(_without(message, "conversation")), "application/json", 400),
        "entities is a string": (as_json({**message, "entities": "mention"}), "application/json", 400),
        "attachments is an object": (
            as_json({**message, "attachments": {"contentType": "x"}}),
            "application/json",
            400,
        ),
        "recipient is a number": (as_json({**message, "recipient": 28}), "application/json", 400),
        "channelData.tenant is a string": (
            as_json({**message, "channelData": {"tenant": "tenant-1"}}),
            "application/json",
            400,
        ),
        "invoke without a name": (as_json(_without(_invoke(channel, "x", {}), "name")), "application/json", 400),
    }
    for name in ("composeExtension/fetchTask", "composeExtension/submitAction", "task/fetch", "composeExtension/query"):
        for label, value in (("a string", "text"), ("a list", [1]), ("missing", None)):
            cases[f"{name} with value {label}"] = (as_json(_invoke(channel, name, value)), "application/json", 400)
    report = {"commandId": "reportToPsd", "commandContext": "message"}
    for label, value in {
        "messagePayload a string": {**report, "messagePayload": "x"},
        "messagePayload.body a string": {**report, "messagePayload": {"body": "nope"}},
        "messagePayload.from a string": {**report, "messagePayload": {"from": "x"}},
        "messagePayload.attachments an object": {**report, "messagePayload": {"attachments": {"a": 1}}},
        "data a string": {**report, "data": "category"},
        "context a list": {**report, "context": ["theme"]},
    }.items():
        cases[f"reportToPsd submit with {label}"] = (
            as_json(_invoke(channel, "composeExtension/submitAction", value)),
            "application/json",
            400,
        )
    return cases
