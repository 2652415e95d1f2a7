"""The config file: what it holds (`model`), reading and checking it (`load`), the TOML
line scanner that puts a line on every problem (`toml_lines`), URL checks (`urls`), the
starter file (`starter`), in-place edits (`edit`), the filter and saved-search language
(`filters`) and where files live (`paths`).

The names below are the package's public API; `edit`, `filters` and `paths` are
imported as modules.
"""

from newstui.config.load import (
    ConfigProblems,
    check_key_ids,
    config_errors,
    file_key_lines,
    key_id_problems,
    key_line,
    load_config,
    load_toml_text,
    parse_config,
)
from newstui.config.model import GENERAL_SETTINGS, READER_EXAMPLES, Config, GeneralConfig
from newstui.config.starter import ensure_config, starter_config
from newstui.config.toml_lines import MAX_KEY_PARTS, KeyPath, key_name, line_of, locate_keys, scan_toml
from newstui.config.urls import normalize_url, proxy_problem, url_problem

__all__ = [
    "GENERAL_SETTINGS",
    "MAX_KEY_PARTS",
    "READER_EXAMPLES",
    "Config",
    "ConfigProblems",
    "GeneralConfig",
    "KeyPath",
    "check_key_ids",
    "config_errors",
    "ensure_config",
    "file_key_lines",
    "key_id_problems",
    "key_line",
    "key_name",
    "line_of",
    "load_config",
    "load_toml_text",
    "locate_keys",
    "normalize_url",
    "parse_config",
    "proxy_problem",
    "scan_toml",
    "starter_config",
    "url_problem",
]
