"""Settings, read from the environment and an optional ``.env`` file.

Every setting is documented in the README. :meth:`Settings.from_env` checks each one
and raises :class:`SettingsError` naming the setting and what is wrong with it, so a
typo fails at start-up instead of at the first message that needs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


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


@dataclass(frozen=True)
class Settings:
    app_id: str = ""
    app_password: str = ""
    app_type: str = "MultiTenant"
    app_tenant_id: str = ""
    db_path: Path = Path("data/policybot.db")
    host: str = "0.0.0.0"
    port: int = 3978
    admins: tuple[str, ...] = field(default_factory=tuple)

    @property
    def local_mode(self) -> bool:
        """No app id: the Emulator and the tests talk to the bot without tokens."""
        return not self.app_id

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, dotenv: str | Path | None = ".env") -> "Settings":
        """Read settings from ``env`` (default ``os.environ``), after loading ``dotenv``
        if that file exists (the environment wins over the file)."""
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
        if app_id and app_type != "UserAssignedMSI" and not app_password:
            raise SettingsError("MicrosoftAppPassword is required when MicrosoftAppId is set")
        if app_type == "SingleTenant" and app_id and not tenant:
            raise SettingsError("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant")
        if (app_password or tenant) and not app_id:
            raise SettingsError("MicrosoftAppId is required when MicrosoftAppPassword or MicrosoftAppTenantId is set")
        host = get("HOST", "0.0.0.0") or "0.0.0.0"
        port = _int("PORT", get("PORT", "3978") or "3978", 1, 65535)
        db = get("POLICYBOT_DB") or "data/policybot.db"
        return cls(
            app_id=app_id,
            app_password=app_password,
            app_type=app_type,
            app_tenant_id=tenant,
            db_path=Path(db),
            host=host,
            port=port,
            admins=_csv(get("POLICYBOT_ADMINS")),
        )
