"""Model names: one canonical key for the many spellings of a model.

"Llama-3.1-70B-Instruct", "Llama 3.1 70B Instruct" and "LLaMA-3.1-70B-Instruct"
are one model on a leaderboard; the text keeps its own spelling.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

ALIASES_FILE = Path(__file__).with_name("models.toml")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    with ALIASES_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    table: dict[str, str] = {}
    for entry in data.get("model", []):
        key = _raw_key(entry["name"])
        for alias in entry.get("aliases", []):
            table[_raw_key(alias)] = key
    return table


def _raw_key(name: str) -> str:
    key = name.lower().strip()
    key = re.sub(r"[\s_\-–/]+", "-", key)
    key = re.sub(r"(?<=[a-z])(?=\d)", "-", key)  # llama2 -> llama-2, gpt4o -> gpt-4o
    key = re.sub(r"(?<=\d)(?=[a-z]{2,})", "-", key)  # 7binstruct -> 7b-instruct (not 7b)
    key = re.sub(r"-+", "-", key).strip("-")
    return key


@lru_cache(maxsize=65536)
def model_key(name: str) -> str:
    """The canonical key of a model name.

    >>> {model_key(n) for n in ["Llama-3.1-70B-Instruct", "Llama 3.1 70B Instruct", "LLaMA-3.1-70B-Instruct"]}
    {'llama-3.1-70b-instruct'}
    >>> model_key("LLaMA2-7B") == model_key("Llama-2-7B")
    True
    """
    key = _raw_key(name)
    return _aliases().get(key, key)


# Families whose names are models, never datasets ("advantages on gpt-4o", "On Qwen3-8B, ...").
_MODEL_FAMILY = re.compile(
    r"^(?:gpt|o[134]|llama|qwen|qwq|claude|gemini|gemma|mistral|mixtral|ministral|deepseek|phi|olmo|falcon|vicuna|"
    r"internlm|yi|glm|chatglm|baichuan|granite|command|grok|kimi|nemotron|smollm|opt|bloom|t5|flan)(?:[\d\-.:]|$)",
    re.IGNORECASE)


def is_model_family(token: str) -> bool:
    """Whether a name belongs to a well-known model family.

    >>> [is_model_family(t) for t in ["gpt-4o", "Qwen3-8B", "Llama", "o3-mini", "GSM8K", "Olympiad"]]
    [True, True, True, True, False, False]
    """
    return bool(_MODEL_FAMILY.match(token))

