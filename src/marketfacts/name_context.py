"""What stands around a name in a sentence: a person's title or role, a
speech verb, where a sentence (or a hard-wrapped line) starts, and the
everyday words that open a sentence without naming anything. Read by
marketfacts.entities; standard library only.
"""

from __future__ import annotations

import re

_TITLES = frozenset(["minister", "secretary", "premier", "president", "governor", "chairman", "chairwoman", "chancellor",
                     "ceo", "senator", "spokesman", "spokeswoman", "director", "treasurer"])
# endings of words that open a sentence as a verb or an abstract noun
# ("Combining the data", "Negotiations between"), never as a name alone
_EVERYDAY_ENDINGS = ("ly", "ing", "tions", "sions", "ments", "nesses", "ities", "ists")


def _everyday(low: str, common: frozenset[str]) -> bool:
    return low in common or (low.endswith(_EVERYDAY_ENDINGS) and len(low) > 5) \
        or (low.endswith("s") and low[:-1] in common and len(low) > 4)  # "Receipts", "Exporters"


def _named_again(text: str, phrase: str, after: int) -> bool:
    """Whether a capitalised word that opens a sentence is written so again
    later inside a sentence: a name ("Shell said ... Shell's"), where a word
    only capitalised at a sentence's start is an everyday one."""
    at = text.find(phrase, after)
    while at >= 0:
        nxt = text[at + len(phrase):at + len(phrase) + 1]
        if text[at - 1] == " " and (nxt == "" or nxt in " \n\t'’") and not _sentence_start(text, at):
            return True
        at = text.find(phrase, at + 1)
    return False


_ROLE = (r"(?:CEO|CFO|COO|CTO|chief\s+executive|[Cc]hief\s+\w+\s+officer|founder|co-founder|[Cc]hairman|[Cc]hairwoman|[Cc]hair|"
         r"[Cc]hancellor|[Cc]ommissioner|"
         r"president|President|Premier|premier|[Pp]rime\s+[Mm]inister|[Mm]inister|[Ss]ecretary|[Gg]overnor|analyst|"
         r"strategist|economist|billionaire|tycoon|spokesman|spokeswoman|spokesperson|director|manager|trader|"
         r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Senator|Rep\.|[Cc]hief|head|boss|investor|partner|professor|Professor)")
# "chief executive Lisa Chen", "its founder, Lisa Chen,"
_PERSON_BEFORE = re.compile(_ROLE + r"(?:\s+(?:of\s+)?[\w.&'’-]+){0,3},?\s+$")
# a speech verb after a name: a person ("Sloane said"), but "Alcan added 1/4" is a price
_SPEECH = (r"(?:said|says|told|noted|wrote|explained|added(?!\s+(?:[\d$£€¥]|a\s|an\s|one\s|two\s|three\s|four\s|"
           r"five\s|six\s|seven\s|eight\s|nine\s|ten\s)))\b")
# (", who called the profit amazing": a person; a company is "which")
# ", President and CEO of Zeta", ", chief executive at Zeta": a role held somewhere, a person's
_PERSON_AFTER = re.compile(r"(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}" + _ROLE + r"\b|\s+" + _SPEECH + r"|,\s+who\b"
                           r"|,\s+(?:[Ss]enior\s+|[Dd]eputy\s+|[Ff]ormer\s+|[Gg]roup\s+)?" + _ROLE + r"(?:\s+and\s+" + _ROLE + r")?\s+(?:of|at)\s"
                           # ", IG market analyst, said": a firm's name, the field, then the role
                           r"|,\s+(?:[A-Z][\w&.-]*\s+)?(?:(?:senior|chief|market|markets|equity|equities|investment|research|"
                           r"global|fund|portfolio|currency|rates|commodities|oil|credit)\s+){1,2}" + _ROLE + r"\s*,)")


_SECTOR_WORDS = frozenset("mining miners banks banking energy technology utilities insurers developers retailers property "
                          "materials industrials financials healthcare telecoms consumer shipping airlines".split())


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'‘“(-–—•*":
        k -= 1
    if k >= 0 and k < pos - 2 and text[k].isupper() and _DATELINE_BEFORE.search(text, max(0, k - 40), k + 1):
        return True  # "TORONTO - Rising issues ...": the sentence opens after the dateline
    if k >= 0 and text[k] == "\n" and _wrapped_line_before(text, k):
        return False  # "... with its Marathon\nOil Co unit": a hard-wrapped line goes on with its sentence
    return k < 0 or text[k] in ".!?\n:;"


def _wrapped_line_before(text: str, nl: int) -> bool:
    """Whether the line ending at the newline ``nl`` is a long line of body text cut mid-sentence."""
    line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    return len(line) > 50 and line[-1:].isalnum()


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .']{1,30}$")


_SAID_AFTER = re.compile(r"\s+" + _SPEECH)
_WHO_AFTER = re.compile(r",\s+who\b")
# "the Raleigh, North Carolina-based company": a city before its state or country, in a "-based" phrase
_CITY_OF_BASED = re.compile(r",\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|headquartered)\b")
_NOT_NAME = re.compile(r"[\d.,/:-]+|\d+(?:st|nd|rd|th)|[A-Z]{1,2}|[A-Z][a-z]*['’](?:m|re|ve|ll|d)")  # ("I'm", "We're")


_OF_WHAT = re.compile(r"\s+(?:at|of|from|for|in)\s+(?:the\s+|its\s+|their\s+)?[a-z]")


# a word run into a capitalised one ("billionaireElon")
_CAMEL = re.compile(r"([a-z]{2,})(?=[A-Z][a-z])")
_CAMEL_ANY = re.compile(r"[a-z][A-Z][a-z]")


def _split_camel(toks: list[tuple[int, int]], words: list[str], common: frozenset[str]) -> None:
    """ "billionaireElon": a common word run into a name is cut off it; and in
    text scraped with its spaces lost ("inNew Yorkis"), a short verb run onto
    the end of the name after such a cut ("Yorkis") is cut off too."""
    split_at = -2
    for k, w in enumerate(words):
        if w[0].islower() and not w.islower():
            cm = _CAMEL.match(w)
            if cm and (cm.group(1) in common or cm.group(1) in _FUNCTION_WORDS):
                toks[k] = (toks[k][0] + len(cm.group(1)), toks[k][1])
                words[k] = w[len(cm.group(1)):]
                split_at = k
        elif k - split_at <= 1 and w[:1].isupper() and w[1:].islower():
            tail = next((t for t in _GLUED_TAILS if w.endswith(t) and len(w) - len(t) >= 3), None)
            if tail is not None:
                toks[k] = (toks[k][0], toks[k][1] - len(tail))
                words[k] = w[:-len(tail)]


# short words the common-word list leaves out, which a scraper runs into the name after them ("inNew York")
_FUNCTION_WORDS = frozenset(["in", "of", "on", "at", "to", "for", "and", "the", "by", "with", "from"])
# words a scraper runs onto the end of the name before them ("New Yorkis", "Tokyowas")
_GLUED_TAILS = ("is", "was", "has", "and", "the", "said")


_COUNTRY_WORDS = frozenset(["Canada", "Australia", "Japan", "India", "Malaysia", "Singapore", "China", "Indonesia",
                            "Thailand", "Philippines", "Nigeria", "Kenya", "Brazil", "Mexico", "Argentina", "Chile",
                            "Deutschland", "France", "Italia", "Espana", "Nederland", "Belgium", "Austria", "Norway",
                            "Sweden", "Denmark", "Finland", "Ireland", "Zealand", "Africa", "Pakistan", "Egypt",
                            "Korea", "Taiwan", "Vietnam", "Turkey", "Russia", "Poland", "Hungary"])
_LISTING_WORDS = frozenset(["shares", "share", "stock", "stocks", "listing", "unit", "units", "arm", "subsidiary",
                            "operations", "business", "division"])
# the last word of a name "... of <place>" ("Bank of East Asia") that the place table lacks
_GEOGRAPHY = frozenset(w.lower() for w in _COUNTRY_WORDS) | frozenset(["asia", "europe", "america", "scotland",
                                                                       "england", "wales"])
_FAR_MARKETS = frozenset(["HK", "CN", "JP", "KR", "TW", "SG", "AU", "NZ", "IN", "US", "CA", "MY"])
_EUROPEAN_MICS = frozenset(["XLON", "XETR", "XFRA", "XPAR", "XAMS", "XMIL", "XSWX", "XBRU", "XMAD"])
_CONTINENTAL_MICS = _EUROPEAN_MICS - {"XLON"}
_AMERICAN_FORMS = frozenset(["corp", "corp.", "inc", "inc.", "corporation", "incorporated"])
_INDEX_TAILS = frozenset(["index", "average", "composite", "indices", "indexes"])
# a legal form after a word makes it a company's name even when the word
# alone is everyday ("News Corp", "Data Inc")
_LEGAL_AFTER = frozenset(["corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "corporation", "limited",
                          "holdings", "group", "ag", "sa", "nv", "se"])
# ... and a measure opening a sentence ("Quarter-point prime rate increases")
_NOT_NAME_SUFFIXES = ("-listed", "-based", "-owned", "-backed", "-run", "-led", "-point", "-percent")
