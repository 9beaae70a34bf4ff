"""Settings, read from the environment and an optional ``.env`` file.

Every setting is documented in the README. :meth:`Settings.from_env` checks each one
and raises :class:`SettingsError` naming the setting and what is wrong with it, so a
typo fails at start-up instead of at the first message that needs it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _int(name: str, value: str, minimum: int | None = None, maximum: int | None = None) -> int:
    try:
        number = int(value)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise SettingsError(f"{name} must be at most {maximum}, not {number}")
    return number


GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


BFLOAT16_SETTINGS = {"auto": None, "": None, "0": False, "1": True}


def bfloat16_wanted(value: str) -> bool | None:
    """``POLICYBOT_BFLOAT16``: "auto" or unset (None: MiniLM's products in bfloat16 where
    the CPU computes it natively), "0" (float32 throughout, e.g. to compare) or "1"
    (bfloat16 even where it is emulated). Read by :func:`policybot.embedding.get_encoder`
    when the model loads; checked with every other setting at start."""
    value = value.strip().lower()
    if value not in BFLOAT16_SETTINGS:
        raise SettingsError(f"POLICYBOT_BFLOAT16 must be auto, 0 or 1, not {value!r}")
    return BFLOAT16_SETTINGS[value]


def _flag(name: str, value: str) -> bool:
    if value.lower() in ("", "0", "false", "no", "off"):
        return False
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    raise SettingsError(f"{name} must be 1 or 0, not {value!r}")


def _text(name: str, value: str, maximum: int) -> str:
    if len(value) > maximum:
        raise SettingsError(f"{name} must be at most {maximum} characters, not {len(value)}")
    return value


def _https_url(name: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or any(c.isspace() for c in value) or len(value) > 2048:
        raise SettingsError(f"{name} must be an https:// address, not {value!r}")
    return value


@dataclass(frozen=True)
class TeamsApp:
    """What the Teams app package says about the app (``policybot teams-package``).

    Lengths and formats are those Microsoft's manifest schema accepts, checked here so
    that a wrong value is refused with its setting's name rather than by Teams on upload.
    """

    app_id: str = ""  # the manifest id; empty means the bot's MicrosoftAppId
    version: str = "1.0.0"
    short_name: str = "policybot"
    full_name: str = "policybot: Instant Messaging Policy assistant"
    short_description: str = "Answers on the IM policy, checks before you send, reports to PSD."
    full_description: str = (
        "policybot helps Norfolk and Suffolk Constabularies staff live by the Instant Messaging Policy. "
        'Ask what the policy says and get the clause quoted with its number; ask "can I send this?" '
        "about a draft; report an inappropriate message to Professional Standards in confidence, from "
        'a chat with the bot or with "Report to PSD" on any message. In group chats and channels it '
        "privately reminds the author when a message looks protectively marked. Policy owners get "
        "review reminders."
    )
    developer_name: str = "Norfolk & Suffolk Constabularies"
    website_url: str = "https://www.norfolk.police.uk/"
    privacy_url: str = "https://www.norfolk.police.uk/privacy-notice"
    terms_url: str = "https://www.norfolk.police.uk/terms-and-conditions"

    @classmethod
    def from_env(cls, get) -> TeamsApp:
        default = cls()
        app_id = get("TEAMS_APP_ID")
        if app_id and not GUID.match(app_id):
            raise SettingsError(f"TEAMS_APP_ID must be a GUID, not {app_id!r}")
        version = get("TEAMS_APP_VERSION") or default.version
        if not _SEMVER.match(version):
            raise SettingsError(f"TEAMS_APP_VERSION must be a version like 1.0.0 (three numbers), not {version!r}")
        return cls(
            app_id=app_id,
            version=version,
            short_name=_text("TEAMS_APP_SHORT_NAME", get("TEAMS_APP_SHORT_NAME") or default.short_name, 30),
            full_name=_text("TEAMS_APP_FULL_NAME", get("TEAMS_APP_FULL_NAME") or default.full_name, 100),
            short_description=_text(
                "TEAMS_APP_SHORT_DESCRIPTION", get("TEAMS_APP_SHORT_DESCRIPTION") or default.short_description, 80
            ),
            full_description=_text(
                "TEAMS_APP_FULL_DESCRIPTION", get("TEAMS_APP_FULL_DESCRIPTION") or default.full_description, 4000
            ),
            developer_name=_text("TEAMS_DEVELOPER_NAME", get("TEAMS_DEVELOPER_NAME") or default.developer_name, 32),
            website_url=_https_url("TEAMS_WEBSITE_URL", get("TEAMS_WEBSITE_URL") or default.website_url),
            privacy_url=_https_url("TEAMS_PRIVACY_URL", get("TEAMS_PRIVACY_URL") or default.privacy_url),
            terms_url=_https_url("TEAMS_TERMS_URL", get("TEAMS_TERMS_URL") or default.terms_url),
        )


def _review_owners(name: str, value: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not value:
        return ()
    try:
        mapping = json.loads(value)
    except ValueError:
        mapping = None
    if not isinstance(mapping, dict):
        raise SettingsError(f'{name} must be a JSON object such as {{"Director of ICT": ["<Teams user id>"]}}')
    owners = []
    for role, ids in mapping.items():
        ids = [ids] if isinstance(ids, str) else ids
        if not role.strip() or not isinstance(ids, list) or not all(isinstance(i, str) and i.strip() for i in ids):
            raise SettingsError(f"{name}: {role!r} must map to a Teams user id or a list of them")
        owners.append((role.strip(), tuple(i.strip() for i in ids)))
    return tuple(owners)


def _milestones(name: str, value: str) -> tuple[int, ...]:
    days = tuple(sorted({_int(name, part, 0, 3650) for part in _csv(value)}, reverse=True))
    if not days:
        raise SettingsError(f"{name} must list days before the review date, such as 90,30,7,0")
    return days


def _http_url(name: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in value):
        raise SettingsError(f"{name} must be an http(s):// address, not {value!r}")
    return value


@dataclass(frozen=True)
class ReviewSettings:
    """Policy review reminders (``policybot/reviews/``)."""

    milestones: tuple[int, ...] = (90, 30, 7, 0)  # days before the review date
    overdue_every_days: int = 7  # then a reminder this often while overdue
    owners: tuple[tuple[str, tuple[str, ...]], ...] = ()  # policy owner/holder role -> Teams user ids
    scheduler_seconds: int = 300  # how often the service looks for due reminders
    # Where the bot opens a 1:1 chat with a configured owner who has never talked to it.
    service_url: str = "https://smba.trafficmanager.net/teams/"

    @classmethod
    def from_env(cls, get) -> ReviewSettings:
        default = cls()
        return cls(
            milestones=_milestones("POLICYBOT_REVIEW_MILESTONES", get("POLICYBOT_REVIEW_MILESTONES") or "90,30,7,0"),
            overdue_every_days=_int(
                "POLICYBOT_REVIEW_OVERDUE_EVERY_DAYS", get("POLICYBOT_REVIEW_OVERDUE_EVERY_DAYS") or "7", 1, 365
            ),
            owners=_review_owners("POLICYBOT_REVIEW_OWNERS", get("POLICYBOT_REVIEW_OWNERS")),
            scheduler_seconds=_int(
                "POLICYBOT_REVIEW_SCHEDULER_SECONDS", get("POLICYBOT_REVIEW_SCHEDULER_SECONDS") or "300", 5, 86400
            ),
            service_url=_http_url(
                "POLICYBOT_REVIEW_SERVICE_URL", get("POLICYBOT_REVIEW_SERVICE_URL") or default.service_url
            ),
        )


@dataclass(frozen=True)
class PsdSettings:
    """Reporting to Professional Standards (``policybot/reporting/``)."""

    # Teams users in the PSD role (AAD object ids or 29: ids), beside the members of the
    # PSD conversation set with ``policybot psd set-conversation``.
    user_ids: tuple[str, ...] = ()
    # Where to report instead when the report is about someone in PSD.
    alternative_contact: str = (
        "the Deputy Chief Constable's staff officer, or the Independent Office for Police Conduct "
        "(www.policeconduct.gov.uk)"
    )
    draft_retention_days: int = 7  # unfinished reports are deleted after this long untouched

    @classmethod
    def from_env(cls, get) -> PsdSettings:
        default = cls()
        return cls(
            user_ids=_csv(get("POLICYBOT_PSD_USER_IDS")),
            alternative_contact=_text(
                "POLICYBOT_PSD_ALTERNATIVE_CONTACT",
                get("POLICYBOT_PSD_ALTERNATIVE_CONTACT") or default.alternative_contact,
                500,
            ),
            draft_retention_days=_int(
                "POLICYBOT_PSD_DRAFT_RETENTION_DAYS", get("POLICYBOT_PSD_DRAFT_RETENTION_DAYS") or "7", 1, 365
            ),
        )


@dataclass(frozen=True)
class AnswersSettings:
    """Policy answers (``knowledge/``, ``bot/answers.py``)."""

    # Whom to ask about something outside every policy the bot holds; a policy's own
    # owner is named only for a question about that policy.
    general_contact: str = "your line manager or the HR Service Centre"

    @classmethod
    def from_env(cls, get) -> AnswersSettings:
        contact = get("POLICYBOT_GENERAL_CONTACT") or cls.general_contact
        return cls(general_contact=_text("POLICYBOT_GENERAL_CONTACT", contact, 300))


@dataclass(frozen=True)
class ScreeningSettings:
    """Screening messages (``screening/``, ``bot/screening.py``)."""

    lowest_marking: str = "PROTECT"  # the lowest protective marking that counts; see screening.MARKING_LEVELS
    nudge_cooldown_minutes: int = 60  # at most one nudge per author per conversation in this time
    # Key for the HMAC of screened texts; when empty, one is generated and kept in the database.
    secret: str = ""

    @classmethod
    def from_env(cls, get) -> ScreeningSettings:
        from policybot.screening.markings import MARKING_LEVELS

        lowest = (get("POLICYBOT_SCREENING_LOWEST_MARKING") or cls.lowest_marking).upper().replace("_", " ")
        lowest = "OFFICIAL-SENSITIVE" if lowest == "OFFICIAL SENSITIVE" else lowest
        if lowest not in MARKING_LEVELS:
            raise SettingsError(
                f"POLICYBOT_SCREENING_LOWEST_MARKING must be one of {', '.join(MARKING_LEVELS)}, not {lowest!r}"
            )
        secret = get("POLICYBOT_SCREENING_SECRET")
        if secret and len(secret) < 16:
            raise SettingsError("POLICYBOT_SCREENING_SECRET must be at least 16 characters (or unset, to generate one)")
        return cls(
            lowest_marking=lowest,
            nudge_cooldown_minutes=_int(
                "POLICYBOT_SCREENING_NUDGE_COOLDOWN_MINUTES",
                get("POLICYBOT_SCREENING_NUDGE_COOLDOWN_MINUTES") or "60",
                0,
                10080,
            ),
            secret=secret,
        )


def _service_urls(name: str, value: str) -> tuple[str, ...]:
    urls = _csv(value)
    for url in urls:
        _http_url(name, url)
    return urls


@dataclass(frozen=True)
class RetentionSettings:
    """How many days each kind of record is kept (``policybot/privacy/retention.py``;
    the README says why each default). The daily purge deletes what is older."""

    nudges: int = 90  # screening records: who was nudged, where, when, for what (never the text)
    delivered_messages: int = 30  # what is left of a delivered proactive message (its content goes at delivery)
    closed_cases: int = 2190  # PSD cases, from their last change after closing: set to the force's PSD schedule
    questions: int = 365  # questions the bot could not answer, and answer feedback (never who asked)
    reminders: int = 365  # review reminders sent, from the review date they were for
    chats: int = 365  # where a person's 1:1 chat with the bot is, from their last message
    conversation_state: int = 90  # dialog and conversation state, from its last change

    NAMES = {
        "nudges": "POLICYBOT_RETAIN_NUDGES_DAYS",
        "delivered_messages": "POLICYBOT_RETAIN_DELIVERED_MESSAGES_DAYS",
        "closed_cases": "POLICYBOT_RETAIN_CLOSED_CASES_DAYS",
        "questions": "POLICYBOT_RETAIN_QUESTIONS_DAYS",
        "reminders": "POLICYBOT_RETAIN_REMINDERS_DAYS",
        "chats": "POLICYBOT_RETAIN_CHATS_DAYS",
        "conversation_state": "POLICYBOT_RETAIN_CONVERSATION_STATE_DAYS",
    }

    @classmethod
    def from_env(cls, get) -> RetentionSettings:
        default = cls()
        return cls(
            **{
                field_name: _int(name, get(name) or str(getattr(default, field_name)), 0, 36500)
                for field_name, name in cls.NAMES.items()
            }
        )


@dataclass(frozen=True)
class Settings:
    app_id: str = ""
    app_password: str = ""
    app_type: str = "MultiTenant"
    app_tenant_id: str = ""
    db_path: Path = Path("data/policybot.db")
    # Loopback unless configured: in local mode anyone who can reach the port can act
    # as anyone (see from_env for the authenticated default).
    host: str = "127.0.0.1"
    port: int = 3978
    # Where the Bot Connector publishes the keys its tokens are signed with (botbuilder's
    # AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL).
    openid_metadata_url: str = "https://login.botframework.com/v1/.well-known/openidconfiguration"
    admins: tuple[str, ...] = field(default_factory=tuple)
    teams_app: TeamsApp = field(default_factory=TeamsApp)
    reviews: ReviewSettings = field(default_factory=ReviewSettings)
    psd: PsdSettings = field(default_factory=PsdSettings)
    screening: ScreeningSettings = field(default_factory=ScreeningSettings)
    answers: AnswersSettings = field(default_factory=AnswersSettings)
    # The longest any one call to a Bot Connector may take (connecting, sending, reading).
    connector_timeout_seconds: int = 10
    # In local mode the bot calls only loopback service URLs, and these (an Emulator
    # behind a tunnel, say): scheme, host and port must match, the path must start alike.
    local_service_urls: tuple[str, ...] = ()
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    # Where what is deterministic across restarts (the trained conduct classifier) is
    # kept, see policybot.model_cache; None: a "cache" folder beside the database.
    cache_dir: Path | None = None
    # Serve GET /debug/loop-lag (the event loop's lateness, for scripts/bench_turns.py).
    loop_lag_probe: bool = False

    @property
    def model_cache_dir(self) -> Path:
        return self.cache_dir if self.cache_dir is not None else self.db_path.parent / "cache"

    @property
    def local_mode(self) -> bool:
        """No app id: the Emulator and the tests talk to the bot without tokens."""
        return not self.app_id

    @classmethod
    def from_env(
        cls, env: dict[str, str] | None = None, dotenv: str | Path | None = ".env", *, need_secret: bool = True
    ) -> Settings:
        """Read settings from ``env`` (default ``os.environ``), after loading ``dotenv``
        if that file exists (the environment wins over the file). ``need_secret=False``
        is for commands that never talk to Bot Framework (``teams-package`` only needs
        the app id), so they run where the client secret is not kept."""
        if env is None:
            if dotenv and Path(dotenv).is_file():
                from dotenv import load_dotenv

                load_dotenv(dotenv, override=False)
            env = dict(os.environ)

        def get(name: str, default: str = "") -> str:
            return env.get(name, default).strip()

        app_type = get("MicrosoftAppType", "MultiTenant") or "MultiTenant"
        if app_type not in ("MultiTenant", "SingleTenant", "UserAssignedMSI"):
            raise SettingsError(
                f"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not {app_type!r}"
            )
        app_id = get("MicrosoftAppId")
        app_password = get("MicrosoftAppPassword")
        tenant = get("MicrosoftAppTenantId")
        if need_secret and app_id and app_type != "UserAssignedMSI" and not app_password:
            raise SettingsError("MicrosoftAppPassword is required when MicrosoftAppId is set")
        if app_type == "SingleTenant" and app_id and not tenant:
            raise SettingsError("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant")
        if (app_password or tenant) and not app_id:
            raise SettingsError("MicrosoftAppId is required when MicrosoftAppPassword or MicrosoftAppTenantId is set")
        # Local mode trusts every request, so it listens on loopback unless told
        # otherwise; authenticated mode sits behind a reverse proxy or in a container.
        host = get("HOST") or ("0.0.0.0" if app_id else "127.0.0.1")
        port = _int("PORT", get("PORT", "3978") or "3978", 1, 65535)
        db = get("POLICYBOT_DB") or "data/policybot.db"
        bfloat16_wanted(get("POLICYBOT_BFLOAT16"))
        return cls(
            app_id=app_id,
            app_password=app_password,
            app_type=app_type,
            app_tenant_id=tenant,
            db_path=Path(db),
            host=host,
            openid_metadata_url=_http_url(
                "POLICYBOT_OPENID_METADATA_URL", get("POLICYBOT_OPENID_METADATA_URL") or cls.openid_metadata_url
            ),
            port=port,
            admins=_csv(get("POLICYBOT_ADMINS")),
            teams_app=TeamsApp.from_env(get),
            reviews=ReviewSettings.from_env(get),
            psd=PsdSettings.from_env(get),
            screening=ScreeningSettings.from_env(get),
            answers=AnswersSettings.from_env(get),
            connector_timeout_seconds=_int(
                "POLICYBOT_CONNECTOR_TIMEOUT_SECONDS", get("POLICYBOT_CONNECTOR_TIMEOUT_SECONDS") or "10", 1, 30
            ),
            local_service_urls=_service_urls("POLICYBOT_LOCAL_SERVICE_URLS", get("POLICYBOT_LOCAL_SERVICE_URLS")),
            retention=RetentionSettings.from_env(get),
            cache_dir=Path(get("POLICYBOT_CACHE_DIR")) if get("POLICYBOT_CACHE_DIR") else None,
            loop_lag_probe=_flag("POLICYBOT_LOOP_LAG_PROBE", get("POLICYBOT_LOOP_LAG_PROBE")),
        )
