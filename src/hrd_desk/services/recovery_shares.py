"""The recovery code split into shares, k of n (as Martus split its key 2 of 5): SLIP-39 word
lists from `shamir-mnemonic`, SatoshiLabs' reference implementation.

Why SLIP-39 and that library: it is a published standard with a reference implementation that is
small, pure Python and without dependencies; each share is a list of words with a checksum, so a
share copied by hand with a typo is refused instead of silently giving a wrong code; and shares
say which set they belong to, so shares of two different codes are refused too. Fewer than k
shares say nothing about the code (Shamir's scheme over GF(256)).

The code is never shown when it is split: the shares are. Combining k shares gives the code back,
which then opens the vault wherever a passphrase is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import shamir_mnemonic

from ..crypto.keyslot import recovery_code_bytes, recovery_code_from_bytes
from ..errors import RejectedInput

MAX_SHARES = 16  # SLIP-39's limit per group


def check_split(threshold: int, count: int) -> None:
    if not 2 <= threshold <= count <= MAX_SHARES:
        raise RejectedInput(f"choose k of n shares with 2 <= k <= n <= {MAX_SHARES}",
                            code="shares-split", values=(str(MAX_SHARES),))


def split_code(code: str, threshold: int, count: int) -> list[str]:
    """`count` shares of the recovery code, any `threshold` of which give it back."""
    check_split(threshold, count)
    secret = recovery_code_bytes(code)
    if secret is None:
        raise RejectedInput("that is not a recovery code", code="not-recovery-code")
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], secret)
    return list(groups[0])


def normalise_share(text: str) -> str:
    return " ".join(text.lower().split())


def combine_shares(shares: Iterable[str]) -> str:
    """The recovery code from enough shares; RejectedInput saying what is wrong otherwise (a
    mistyped word, too few shares, shares of different codes). Never echoes a share."""
    cleaned = [normalise_share(s) for s in shares if s.strip()]
    if not cleaned:
        raise RejectedInput("no shares were given", code="no-shares")
    try:
        secret = shamir_mnemonic.combine_mnemonics(cleaned)
    except shamir_mnemonic.MnemonicError as exc:
        why, code, values = _reason(exc)
        raise RejectedInput(f"the shares do not give a recovery code: {why}", code=code,
                            values=values) from None
    try:
        return recovery_code_from_bytes(secret)
    except ValueError:
        raise RejectedInput("these shares are not of an hrd-desk recovery code",
                            code="shares-foreign") from None


def _reason(exc: shamir_mnemonic.MnemonicError) -> tuple[str, str, tuple[str, ...]]:
    """What went wrong in words, a code and its values (the library's messages quote the start
    of a share, so they are never passed on)."""
    text = str(exc)
    wanted = re.search(r"Expected (\d+) mnemonics", text)
    given = re.search(r"but (\d+) were provided", text)
    if wanted and given:
        return (f"{wanted.group(1)} different shares are needed and {given.group(1)} "
                "were given", "shares-too-few", (wanted.group(1), given.group(1)))
    if "checksum" in text:
        return "a share has a mistyped word (its checksum does not match)", "shares-mistyped", ()
    if "identifier" in text or "don't match" in text:
        return "the shares belong to different recovery codes", "shares-mixed", ()
    if "length" in text or "word" in text:
        return ("a share has a word missing, too many words, or a word not in the list",
                "shares-words", ())
    return "a share is mistyped or incomplete", "shares-incomplete", ()
