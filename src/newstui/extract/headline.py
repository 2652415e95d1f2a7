"""Choose the headline among og:title, twitter:title, JSON-LD, the h1s and <title>.

The sources are first cleaned (site-name parts cut, twice-escaped entities decoded,
dates and bylines run into an h1 dropped); then an h1 wins when the metadata titles
agree with it, and the metadata titles that agree with each other win otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newstui.extract.meta import PageMeta
from newstui.extract.textutil import comparable, norm
from newstui.text import read_whole_references

if TYPE_CHECKING:
    from newstui.extract.walk import Block

# Between a title's parts: pipes (also full-width, broken '¦' and the bar-like '❘', '│', '∣'),
# dashes (doubled too), '::', dots, bullets and stars ('·', '•', '∙', '⋅', '‧', '◆', '★', '⋆',
# '✦'), angle quotes and arrows ('»', '›', '>'), '/' (doubled too: 'Post // Site') and '~'.
_PIPES = "|｜¦❘│∣"
_SEPARATORS = r"\|\|?|[｜¦❘│∣]|[–—―‒]{1,2}|--?|::|//?|[·•∙⋅‧◆★☆⋆✦✧»«›‹>~]"
_SEP_RE = re.compile(rf"\s+(?:{_SEPARATORS})\s+")
# Separators used to learn a site name by comparing two sources: also ': ' and a bare '|'.
_LEARN_SEP_RE = re.compile(rf"\s+(?:{_SEPARATORS})\s+|:\s+|\s*\|\s*")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$", re.I)


# Second-level labels under a country code: 'bbc.co.uk', 'abc.net.au', 'gov.uk'.
_SECOND_LEVEL = frozenset("co com net org gov ac edu or ne go gob nic".split())


def registered_name(url: str | None) -> str:
    """The host's registered name: 'bbc.co.uk' → 'bbc', 'developers.slashdot.org' → 'slashdot'.

    General pattern: the site's name is the label just before the public suffix, not a
    subdomain ('developers', 'edition', 'news') however long.
    """
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    labels = [label for label in host.split(".") if label]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def _as_sites(site: str | Sequence[str] | None) -> list[str]:
    if site is None:
        return []
    return [site] if isinstance(site, str) else [s for s in site if s]


def is_site_name(part: str, site: str | Sequence[str] | None, host: str) -> bool:
    """Whether a title part names the site: one of its names, a piece of one, or the host.

    General pattern: '… | The Guardian', 'Guardian: …', '… - BBC News'. A part much
    longer than the name that merely contains it ('Docker Hardened Images: …' on
    docker.com) is a headline that mentions the publisher, not the name.
    """
    key = comparable(part)
    if not key:
        return False
    for name in _as_sites(site):
        name_key = comparable(name)
        if not name_key:
            continue
        if key == name_key or (len(key) > 3 and key in name_key):
            return True
        if name_key in key and len(key) <= len(name_key) * 1.5 + 4:
            return True
    bare = host.replace("-", "")
    # 'Guardian' ↔ 'theguardian', 'BBC News' ↔ 'bbc'; but a headline that merely holds the
    # host's letters ('Frauen im THW: …' on thw.de) is not the site's name.
    return bool(bare and len(key) >= 3 and (key in bare or (bare in key and len(key) <= len(bare) + 6)))


# A domain as sites write theirs: the ending in lower case ('Booking.com', not 'ASP.NET') and no
# script's file extension ('Node.js', 'Vue.js': software named with a dot, the story's subject).
_SITE_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?!(?:js|ts|jsx|tsx)$)[a-z]{2,12}$")


def _names_any_site(part: str, sites: Sequence[str], host: str) -> bool:
    """A title part naming the site ('… | Site'), or a bare domain naming a site ('… : coastnews.example.au').

    General pattern: a title's outer part that is a domain and nothing else is a site's name,
    whether or not the page or its address names that site (pages saved or syndicated without
    their address, templates naming the parent site); a headline is never a bare domain. A
    product named with a dot ('Node.js', 'ASP.NET') is no domain (_SITE_DOMAIN).
    """
    return is_site_name(part, sites, host) or _SITE_DOMAIN.match(part.strip()) is not None


def _holds_host(part: str, host: str) -> bool:
    """Whether a title part is the host's whole name ('Millbrook Mercury' on millbrookmercury.example).

    With no name given by any tag, only the host's whole name is taken for the site's: a part
    holding a piece of it ('Times' on nytimes.com, 'News' on abcnews.com) may be a kicker.
    """
    bare = host.replace("-", "")
    key = comparable(part)
    return bool(bare) and len(bare) >= 3 and bare in key and len(key) <= len(bare) + 6


def _names_site(text: str, sites: Sequence[str], host: str) -> bool:
    """A <title> part the page shows that is the site's name: a known name, or with a domain in it.

    General pattern: the logo shows the site's name ('RS Harbour Works', 'quaynotes.example -
    Web design'), so it is the part of '<title>Headline | Site</title>' found on the page,
    often the only one; it is never the headline.
    """
    return is_site_name(text, sites, host) or any(_DOMAIN.match(part) for part in _SEP_RE.split(text))


def _cut_at_middle_site(title: str, sites: Sequence[str], host: str) -> str:
    """'Headline | site.example | Motto' → 'Headline': a middle part naming the site ends the headline.

    General pattern: titles set as headline, site's name (or domain), then the site's motto
    or section; the part after the name is no more the headline's than the name is. Only a
    short tail (a motto, at most six words) after the name is cut with it.
    """
    matches = list(_SEP_RE.finditer(title))
    for index, match in enumerate(matches[:-1]):
        part = title[match.end() : matches[index + 1].start()].strip()
        rest = title[matches[index + 1].end() :]
        if _words(rest) <= 6 and (_DOMAIN.match(part) or is_site_name(part, sites, host)):
            return title[: match.start()].strip()
    return title


def strip_site(
    title: str, site: str | Sequence[str] | None, host: str, others: Sequence[str] = (), *, alone: bool = False
) -> str:
    """Remove a '… | Site' suffix or 'Site: …' prefix naming the site.

    General pattern: <title> and og:title often carry the site's (or a section's)
    name after a separator; the headline is what is left. `others` are texts (the
    h1s) that, when equal to the part before the last separator, show where it ends.
    `alone`: the title is the page's only one (no h1, no other title reading
    differently), so nothing else can show where the headline ends; see _short_tail.
    """
    title = norm(title)
    sites = _as_sites(site)
    title = _cut_at_middle_site(title, sites, host)
    cut_end = ""  # the end a site's name was cut from: 'head' or 'tail'
    for _ in range(3):  # 'Headline | Section | Site'
        matches = list(_SEP_RE.finditer(title))
        if not matches:
            break
        head, tail = title[: matches[-1].start()], title[matches[-1].end() :]
        first_head, first_tail = title[: matches[0].start()], title[matches[0].end() :]
        if _names_any_site(tail, sites, host) or (any(comparable(o) == comparable(head) for o in others if o)):
            title, cut_end = head.strip(), "tail"
            continue
        if _names_any_site(first_head, sites, host) and len(first_tail.split()) >= 2:
            title, cut_end = first_tail.strip(), "head"
            continue
        if any(comparable(o) == comparable(first_tail) for o in others if o):
            title, cut_end = first_tail.strip(), "head"  # 'Site - Headline' with the page showing 'Headline'
            continue
        if cut_end == "tail" and _is_section_label(tail) and _words(head) >= 4:
            title = head.strip()
            continue
        if cut_end == "head" and _is_section_label(first_head) and _words(first_tail) >= 4:
            title = first_tail.strip()
            continue
        # A pipe is almost never part of a headline: 'Long headline here | Short Site'
        sep = matches[-1].group(0).strip()
        if (sep in _PIPES or sep in ("||", "::")) and len(tail.split()) <= 4 and len(head.split()) >= 4:
            title = head.strip()
            continue
        if alone and _short_tail(head, tail):
            title = head.strip()
            continue
        if alone and matches[0].group(0).strip() in (*_PIPES, "||", "::") and _short_head(first_head, first_tail):
            title = first_tail.strip()
            continue
        if _is_identifier(first_head) and _words(first_tail) >= 1:
            title = first_tail.strip()
            continue
        if _is_identifier(tail) and _words(head) >= 1:
            title = head.strip()
            continue
        break
    title = _cut_bare_pipe_site(title, sites, host)
    title = _cut_framed_site(title, sites, host)
    # 'Site: Headline', the site named by a tag or only by its host ('Millbrook Mercury' on millbrookmercury.example).
    if (sites or host) and ":" in title:
        prefix, rest = title.split(":", 1)
        named = is_site_name(prefix, sites, host) if sites else _holds_host(prefix, host)
        if named and len(rest.split()) >= 2:
            title = rest.strip()
    # A domain-like site name is often set before or after the title with no separator
    # ('example.com Headline here').
    for name in sites:
        if _DOMAIN.match(name) and len(title) > len(name) + 8:
            low = title.casefold()
            if low.startswith(name.casefold() + " "):
                title = title[len(name) :].strip()
            elif low.endswith(" " + name.casefold()) and _cuts_domain_tail(title[: -len(name)]):
                title = title[: -len(name)].strip()
    return title


def _cuts_domain_tail(head: str) -> bool:
    """Whether a domain after `head` is the site's name set after the headline, not the headline's word.

    General pattern: 'New snow maps on example.ch', 'Jetzt neu auf example.de': after a
    preposition ('on', 'at', 'auf', 'bei', 'via') the domain is that word's object; and a
    head of one or two words ('15 years example.net') is no headline without it. Any other
    last word ('Fares go up example.ch': 'up', 'now', 'out') ends the headline, the site after it.
    """
    words = head.split()
    if _words(head) < 3:
        return False
    return words[-1] not in _PREPOSITIONS_BEFORE_SITE


# Prepositions whose object a site's domain is ('now on example.ch'); lower case, as written mid-headline.
_PREPOSITIONS_BEFORE_SITE = frozenset(
    "on at in to via from by for of with onto into "
    "auf bei von im am zu mit unter "
    "sur sous chez dans de en "
    "su sul da con "
    "op bij van naar".split()
)


# The site's name set off in brackets ('Headline [Site]', '【Site】Headline') or after a mark
# that is never a headline's own separator before a name: ' @ ', a spaced ' : ' (French
# typography) or ' . ' (the name a word, or a domain: '… : site.com.au').
_FRAMED_TAIL = re.compile(
    r"\s*(?:[\[(（【]\s*(?P<bracketed>[^\[\]()（）【】]+?)\s*[\])）】]"
    r"|\s(?:@|:|\.)\s+(?P<marked>[^:.@]+?|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}))\s*$"
)
_FRAMED_HEAD = re.compile(r"^\s*[\[(（【]\s*(?P<bracketed>[^\[\]()（）【】]+?)\s*[\])）】]\s*")


def _cut_framed_site(title: str, sites: Sequence[str], host: str) -> str:
    """'Headline [Site]', '(Site) Headline', 'Headline @ Site', 'Titre : Site' → the headline.

    General pattern: besides the usual separators, templates set the site's name in square or
    round brackets (also full-width '（）', '【】') at either end of the title, or after an '@',
    a spaced colon or a full stop. Only a part that names the site is cut (a bracketed
    '(Update)' or '(2nd edition)' is the headline's, as is a French 'Réforme : le vote'), and
    the rest must be two words or more.
    """
    tail = _FRAMED_TAIL.search(title)
    if tail is not None:
        name = tail.group("bracketed") or tail.group("marked") or ""
        rest = title[: tail.start()]
        if _words(rest) >= 2 and _names_any_site(name, sites, host):
            return norm(rest)
    head = _FRAMED_HEAD.match(title)
    if head is not None:
        rest = title[head.end() :]
        if _words(rest) >= 2 and is_site_name(head.group("bracketed"), sites, host):
            return norm(rest)
    return title


def _is_section_label(part: str) -> bool:
    """A section's name next to the site's: one or two words, no figures, no sentence punctuation.

    General pattern: titles set the site's name and a section together at one end
    ('Site :: News :: Headline', 'Headline - Politics - Site'); once the site's name is cut
    from that end, the short part left there is the section, not the headline's. Figures or
    punctuation ('Part 2', 'Why?') make it a piece of the headline instead.
    """
    part = part.strip()
    return 1 <= _words(part) <= 2 and not re.search(r"[\d.?!,;:]", part) and not _SPACELESS.search(part)


_IDENTIFIER = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+){2,}")


def _is_identifier(part: str) -> bool:
    """A document or file identifier ('draft-lee-ferry-api-07', 'report_2025_q3'), not words.

    General pattern: specification, archive and download pages title themselves
    'identifier - Title'; the identifier, lower-case pieces joined by hyphens with a
    number among them, is a catalogue key, not the headline.
    """
    part = part.strip()
    return _IDENTIFIER.fullmatch(part) is not None and any(ch.isdigit() for ch in part)


# A pipe (also full-width) with or without spaces, or an unspaced '_' next to Chinese or Japanese letters.
_BARE_PIPE = re.compile(
    r"\s*[|｜]\s*|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])_|_(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
)


def _cut_bare_pipe_site(title: str, sites: Sequence[str], host: str) -> str:
    """'Site|Headline', 'Headline｜Site', '标题_栏目_网站' → the headline: an unspaced separator parts off the site.

    General pattern: titles in scripts written without spaces (Japanese, Chinese) and some
    terse templates set the site's name against the headline with a bare or full-width '|'
    or an '_'. Only a part that names the site is cut; a pipe inside a headline stays. A
    section's name set between the two ('_新闻中心_'), at most six letters of those scripts
    or two words, goes with the site's name.
    """
    if "|" not in title and "｜" not in title and "_" not in title:
        return title
    pieces = _BARE_PIPE.split(title)
    if len(pieces) < 2:
        return title
    if is_site_name(pieces[-1], sites, host) and comparable("".join(pieces[:-1])):
        end = len(pieces) - 1
        if end >= 2 and _is_short_section(pieces[end - 1]):
            end -= 1
        return norm(title[: _nth_separator(title, end - 1).start()])
    if is_site_name(pieces[0], sites, host) and comparable("".join(pieces[1:])):
        start = 1
        if len(pieces) - start >= 2 and _is_short_section(pieces[start]):
            start += 1
        return norm(title[_nth_separator(title, start - 1).end() :])
    return title


def _nth_separator(title: str, n: int) -> re.Match[str]:
    return list(_BARE_PIPE.finditer(title))[n]


def _is_short_section(part: str) -> bool:
    """A section's name: at most six Chinese or Japanese letters, or one or two words."""
    part = part.strip()
    spaceless = len(_SPACELESS.findall(part))
    if spaceless:
        return spaceless <= 6 and len(part) <= 8
    return _is_section_label(part)


def _short_tail(head: str, tail: str) -> bool:
    """'Long headline – Short name': a part of at most three words after the last separator.

    General pattern: a page whose only title is its <title> ('Lorem ipsum dolor sit amet –
    My website') ends it with the site's name, which no tag names; a headline rarely ends
    in a dash and two words. The tail must be a name (no sentence punctuation) and the
    head a headline of four or more words, so 'Paris – Berlin' or 'Review – why?' stay whole.
    """
    return _words(tail) <= 3 and _words(head) >= 4 and not re.search(r"[.?!,;:]", tail)


def _short_head(head: str, rest: str) -> bool:
    """'Short name | Long headline': three words or fewer before a pipe, five or more after it.

    General pattern: a page whose only title is its <title> may open it with the site's name
    and a pipe ('The Morning Bell | Headline'), as others end it with one (`_short_tail`); a
    pipe is almost never inside a headline. The name has no sentence punctuation, and the
    headline after it is long enough that two short names ('News | Market Hall') stay whole.
    It reads as a name (`_reads_as_name`): a short headline ('Ferry runs empty | Island news
    and views …') or a headline's first half ('Mayor resigns | Council will vote …') has a
    word in lower case, and stays.
    """
    return _words(head) <= 3 and _words(rest) >= 5 and not re.search(r"[.?!,;:]", head) and _reads_as_name(head)


# Lower-case words inside a name ('Friends of the Earth', 'Voix du Nord', 'Zeitung am Sonntag').
_NAME_JOINERS = frozenset("of the and for on in at de la le les du des del da di von der am im van y et und".split())


def _reads_as_name(text: str) -> bool:
    """Whether each word starts with a capital or figure, bar joiners: 'The Morning Bell', not 'Ferry runs empty'."""
    return all(not word[:1].islower() or word in _NAME_JOINERS for word in text.split())


def is_label_trail(title: str) -> bool:
    """A title of labels only, the site's and its sections' names: 'Wire > Sport > Golf', 'News | Africa - Wire.com'.

    General pattern: old templates title every story page with the path to it, three parts or
    more between separators, each one or two words starting with a capital (names), none saying
    what happened; two such parts ('Jane Doe - Field Notes') may be a home page's own title. A short headline set
    with a site's name ('Storm hits | Wire') reads the same, so callers use this only where
    the page shows a heading of its own that reads otherwise.
    """
    parts = [part.strip() for part in _SEP_RE.split(norm(title)) if part.strip()]
    # Labels are names: each starts with a capital or a figure ('kostenloser Stromcheck' is a headline's words).
    return len(parts) >= 3 and all(_words(part) <= 2 and not part[0].islower() for part in parts)


_KEYWORD_PART = re.compile(r"^[^\W\d_][\w\s'&-]*$")


def is_keyword_list(title: str) -> bool:
    """A title of search keywords: 'harbour town news, cape news sport, north coast news'.

    General pattern: SEO templates fill the <title> with a list of phrases to be found by,
    four or more between commas, each of one to six words and all in lower case: no headline
    is written without a capital, and one listing things ('Bread, butter, jam and tea')
    starts with a capital. Such a list names no story, whatever words it shares with it.
    Only in a script with capitals: in one without (Hebrew, Arabic) no letter is lower case.
    """
    parts = [part.strip() for part in norm(title).split(",")]
    return (
        len(parts) >= 4
        # every letter lower case: a script with no capitals (Hebrew, Arabic) writes headlines so too
        and all(char.islower() for char in title if char.isalpha())
        and all(_KEYWORD_PART.match(part) and 1 <= _words(part) <= 6 for part in parts)
    )


def _names_no_story(title: str, h1s: Sequence[str], sites: Sequence[str], host: str) -> bool:
    """A <title> of labels only over a page whose h1 is none of them: the h1 names the story, the title the path.

    An h1 reading one of the title's labels ('Football' under 'Storm hits - Football - Wire')
    is the section's banner; the title may then be a short headline after all. Only a lone such
    h1 names the story: on a page of several (a handbook's chapters) none of them is its title.
    That h1 must read as a headline, not as one more label: a word or two ('Heritage Desk', a
    banner the title does not spell out) or the site's name ('Cape Herald Weekly', a masthead)
    is no surer a headline than the trail, which may be a short headline set with its labels.
    """
    if not h1s or not (is_label_trail(title) or is_keyword_list(title)):
        return False
    pieces = _SEP_RE.split(norm(title))
    labels = {comparable(part) for part in pieces}
    parts = [part.strip() for part in pieces if part.strip()]
    stories = [h1 for h1 in h1s if comparable(h1) not in labels]
    if len(stories) != 1:
        return False
    # The trail's outer labels name the site where no tag or address does ('Cape Herald > …').
    return _words(stories[0]) >= 3 and not is_site_name(stories[0], [*sites, parts[0], parts[-1]], host)


# Kana and CJK ideographs: scripts written without spaces between words.
_SPACELESS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _words(text: str) -> int:
    """Words between spaces, separators ('|', '–') not counted; in Chinese or Japanese, two letters a word.

    General pattern: a Japanese or Chinese headline has no spaces, so it is one or two
    "words" between spaces however long it is; counted by its letters (a word there is
    about two), it is as long as the headline it is, not a name or a label.
    """
    count = 0
    for word in text.split():
        if _TOKEN.search(word):
            count += max(1, len(_SPACELESS.findall(word)) // 2)
    return count


def learned_sites(texts: Iterable[str], headings: Iterable[str] = ()) -> list[str]:
    """Site names learned from two titles of the page: the part one has around the other.

    General pattern: '<title>Engora Blog: Small models</title>' with og:title 'Small
    models' shows that 'Engora Blog' is the site's name, though no tag says so.
    Separators are split on whole; the outer part left over (at most 6 words) is the name.
    A part after the other that the story's own heading shows (`headings`: h1s in the
    article) is its headline, not a name: a JSON-LD headline holding only the kicker
    ('Kicker') beside og:title 'Kicker: Headline' teaches nothing about the site, when it is
    longer than the other part: 'Headline - Site' beside 'Headline' still names the site where an
    unlinked h1 in <main> shows it. (A part before it, 'Blog: Post', is still the name, even
    where a banner h1 shows it.)
    """
    sources = list(dict.fromkeys(t for t in texts if t))
    keys = {comparable(t) for t in sources}
    shown = {comparable(heading) for heading in headings}
    found: list[str] = []
    for text in sources:
        for inner, outer, outer_last in _outer_parts(text, _LEARN_SEP_RE):
            # 'Kicker: Headline', h1 'Headline': a headline is longer than the kicker it follows; a site's
            # name ('Headline - Site', an h1 'Site' in <main>) is shorter than the headline.
            after_shown = outer_last and comparable(outer) in shown and len(outer.split()) > len(inner.split())
            named = comparable(inner) in keys and len(inner.split()) >= 2 and 0 < len(outer.split()) <= 6
            if named and not after_shown:
                found.append(norm(outer))
    return list(dict.fromkeys(found))


def _outer_parts(text: str, separators: re.Pattern[str]) -> Iterator[tuple[str, str, bool]]:
    """Each way to cut a title at one separator: (inner part, outer part, outer part is the tail)."""
    pieces = separators.split(text)
    if not 2 <= len(pieces) <= 12:
        return
    seps = [m.group(0) for m in separators.finditer(text)]
    for cut in range(1, len(pieces)):
        head = pieces[0] + "".join(s + p for s, p in zip(seps[: cut - 1], pieces[1:cut], strict=True))
        tail = pieces[cut] + "".join(s + p for s, p in zip(seps[cut:], pieces[cut + 1 :], strict=True))
        yield head, tail, True
        yield tail, head, False


def _ends_with_parts(longer: str, shorter_key: str, at_tail: bool) -> bool:
    """Whether whole parts of `longer` next to the headline (its start when it follows the
    headline, else its end) read `shorter_key`, a shorter part's comparable text."""
    pieces = _SEP_RE.split(longer)
    spans = [pieces[:i] for i in range(1, len(pieces))] if at_tail else [pieces[i:] for i in range(1, len(pieces))]
    return any(comparable(" ".join(span)) == shorter_key for span in spans)


def differing_site_parts(texts: Iterable[str], headings: Iterable[str] = ()) -> list[str]:
    """Site names learned from two titles giving the same headline with the name set differently.

    General pattern: og:title and <title> are filled by different parts of a template, each
    adding the site's name its own way ('Headline - Valley Post' beside 'Headline | The Valley
    Post Online', or 'Valley Post: Headline' beside 'Headline | Valley Post'), so neither holds
    the other whole (`learned_sites`). The part both give alike is the headline; two different
    parts on the same side of it (split at a site separator, not a kicker's colon), or the same
    part on both sides (a colon counts there: no kicker follows its headline), are names. A name
    has at most six words and no more than the shared part (a headline outweighs a name); a
    part the story's heading shows is the headline's own, never a name. Two parts on the same
    side are one name set differently only when they share a word ('Valley Post' and 'The
    Valley Post Online'): a deck that one title adds where the other adds the site's name
    ('Headline - Crews move north' beside 'Headline | Valley Post') names nothing.
    """
    shown = {comparable(heading) for heading in headings}
    sources = list(dict.fromkeys(t for t in texts if t))
    found: list[str] = []
    for separators, same_side in ((_SEP_RE, True), (_LEARN_SEP_RE, False)):
        outers: dict[str, dict[tuple[str, bool], str]] = {}
        for source in sources:
            for inner, outer, outer_last in _outer_parts(source, separators):
                outer_key = comparable(outer)
                if _words(inner) < 3 or not 0 < _words(outer) <= min(6, _words(inner)) or outer_key in shown:
                    continue
                outers.setdefault(comparable(inner), {}).setdefault((outer_key, outer_last), norm(outer))
        for parts in outers.values():
            for side in (True, False):
                named = {key: text for (key, last), text in parts.items() if last == side}
                # 'Site | Section | Date' around the part beside 'Date' alone: one title holds the
                # other's whole parts (`learned_sites`' shape), which says nothing of 'Date'.
                if any(_ends_with_parts(longer, shorter, side) for longer in named.values() for shorter in named):
                    continue
                if same_side:
                    found.extend(_one_name_set_differently(named))
                if not same_side:
                    found.extend(text for key, text in named.items() if (key, not side) in parts)
    return list(dict.fromkeys(found))


# Words any two names share ('The Gull Post', 'The Daily Lamp'): no sign of one name.
_NAME_GLUE = frozenset(("", "the", "a", "an", "of", "and", "la", "le", "les", "el", "los", "die", "der", "das"))


def _one_name_set_differently(named: dict[str, str]) -> list[str]:
    """The parts (comparable text to text) that share a word with another of them."""
    words = {key: {comparable(word) for word in text.split()} - _NAME_GLUE for key, text in named.items()}
    return [text for key, text in named.items() if any(words[key] & words[other] for other in named if other != key)]


def repeated_names(texts: Iterable[str]) -> list[str]:
    """Parts a title repeats back to back at its start or end: the site's name.

    General pattern: some blog engines set the blog's name before the post's title and a theme
    adds it once more ('Blog - Blog - Post', 'Post | Blog | Blog'). No headline starts or ends
    by saying the same few words twice across a separator, so the repeated part names the site
    even where no tag gives its name. Parts of up to six words; the rest must hold a part of its own.
    """
    found: list[str] = []
    for text in dict.fromkeys(t for t in texts if t):
        parts = [norm(part) for part in _SEP_RE.split(text)]
        if len(parts) < 3:
            continue
        for first, second in ((parts[0], parts[1]), (parts[-1], parts[-2])):
            if comparable(first) and comparable(first) == comparable(second) and _words(first) <= 6:
                found.append(first)
    return list(dict.fromkeys(found))


def series_names(texts: Iterable[str], h1s: Sequence[str] = ()) -> list[str]:
    """Title sources that are only the short outer part of another: a series', column's or site's name.

    General pattern: a newsletter, podcast or column sets its own name as og:title on every
    issue ('Morning Brief') and the <title> as 'Story of the day | Morning Brief'; the source
    that is just that outer part names the series, not the story. The other part must be
    clearly longer (five words or more against at most four) and come first: in 'Short
    headline | The motto of the site' the short part leads. No h1 may show the short text
    as the page's heading (then it is the headline and the rest the site's).
    """
    sources = list(dict.fromkeys(t for t in texts if t))
    keys = {comparable(t): t for t in sources}
    shown = {comparable(h) for h in h1s}
    found: list[str] = []
    for text in sources:
        pieces = [piece.strip() for piece in _SEP_RE.split(text)]
        if len(pieces) < 2:
            continue
        key = comparable(pieces[-1])
        if key in keys and key not in shown and _words(pieces[-1]) <= 4 and max(map(_words, pieces[:-1])) >= 5:
            found.append(keys[key])
    return list(dict.fromkeys(found))


_TOKEN = re.compile(r"[^\W_]+")


def _overlap_words(text: str) -> set[str]:
    """The words word_overlap compares; a run of Chinese or Japanese letters gives its letter pairs.

    General pattern: Chinese and Japanese headlines have no spaces, so a whole headline is one
    "word" and a kicker ('【独家】') or a site's name run into it makes it another; its pairs of
    letters are shared with the same headline however it is cut or framed.
    """
    words: set[str] = set()
    for token in _TOKEN.findall(text.casefold()):
        if len(_SPACELESS.findall(token)) >= 2:
            words.update(token[i : i + 2] for i in range(len(token) - 1))
        else:
            words.add(token)
    return words


def word_overlap(a: str, b: str) -> float:
    """Shared words over the longer one's words; '_' separates words ('Headline_Section_Site')."""
    wa = _overlap_words(a)
    wb = _overlap_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


_LEFT_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def unescape_twice_escaped(text: str) -> str:
    """'SQL &#x26; AI' → 'SQL & AI': an entity still in text after parsing was escaped twice by the CMS.

    General pattern: templates that escape an already escaped title print the
    entity itself; a headline that really means the characters '&amp;' is rarer
    than that bug. Only whole references are read (`read_whole_references`, as feed
    titles and quotes are): a bare '&' before a word ('Arts&centre') is no legacy
    reference missing its ';'.
    """
    if "&" not in text or not _LEFT_ENTITY.search(text):
        return text
    return norm(read_whole_references(text))


_SENTENCE_BREAK = re.compile(r"([.?!])[\"'”’)]?\s+[A-Z\"“‘]")


def is_prose(text: str) -> bool:
    """Two or more sentences and over 120 characters: a description or intro, not a headline.

    General pattern: some templates set the page's description in the <h1>; a
    headline is one sentence (or a phrase with a colon), never a paragraph. A headline
    may ask a question and answer it ('… Briefings? Aide Says …'): one '?' or '!' between
    two sentences is a headline's; a full stop, or more questions, a description's.
    """
    if len(text) <= 120:
        return False
    ends = [match.group(1) for match in _SENTENCE_BREAK.finditer(text)]
    return "." in ends or len(ends) >= 2


_SENTENCE_END = re.compile(r"[^\W\d_]{3,}\.$")


def _is_sentence(text: str) -> bool:
    """A title source written as a sentence ending in a full stop: a description, not a headline.

    General pattern: some templates fill og:title and the <title> with the page's opening
    sentence ('Here are the six types of outsourcing.'), while JSON-LD keeps the headline;
    headlines end without a full stop. An ellipsis ('…', '...') or an abbreviation ('U.S.')
    is no sentence's end; the rule only orders title sources, so a page whose every source
    ends so still gets one.
    """
    text = text.rstrip()
    return not text.endswith("..") and _SENTENCE_END.search(text) is not None and _words(text) >= 4


_WORD = re.compile(r"\w+")
# English month names, abbreviated or whole (an alternation to put in a group): dates in an h1, datelines.
MONTH_PATTERN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Words run into an h1 around the headline that are not part of it: a byline or 'posted
# on …' line, a reading time, a source in brackets; or a date alone (_DATE_WORD).
_FURNITURE = re.compile(
    r"^(?:posted|published|updated|written|by|von|par|por)\b|^\d+\s*min(?:ute)?s?\s+read$|"
    r"^\(?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}\)?$",
    re.I,
)
# Month and weekday names of the languages news sites most often write in besides English: German,
# French, Spanish, Italian ('4. Dezember 2026', 'jeudi 4 décembre 2026', '4 de diciembre de 2026').
_MONTH_MORE = (
    r"jän|januar|februar|märz|maerz|mai|juni|juli|okt|dez|janv|févr|fevr|avr|juin|juil|août|aout|déc|"
    r"enero|abr|agosto|dic|genn|giu|lug|ott|sett|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATE_WORD = re.compile(
    rf"(?:{MONTH_PATTERN}|{_MONTH_MORE}|mon|tue|wed|thu|fri|sat|sun)[^\W\d_]*|\d{{1,4}}(?:st|nd|rd|th)?|am|pm|at|um|de|"
    r"utc|gmt",
    re.I,
)
# 'Updated', 'Stand:', 'mis à jour le' before a date set off from the title.
_STAMP = re.compile(
    r"^(?:last\s+)?(?:updated?|published|posted|stand|aktualisiert(?:\s+am)?|mis\s+à\s+jour(?:\s+le)?|actualizado)\b:?\s*",
    re.I,
)
# A date in brackets at the title's end: 'Headline (Dec. 4, 2026)'.
_BRACKETED_TAIL = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]+)[)\]]\s*$")


def _is_furniture(extra: str) -> bool:
    """A byline, 'Posted on …', reading time or '(site.com)' source; or a date and nothing else.

    'Dec 18 2025' and '2025-12-18, 10:30' are furniture; 'for June 12' and a year alone
    ('2025 Price Guide') are part of a headline.
    """
    return bool(_FURNITURE.search(extra)) or _is_date(extra)


def _is_date(extra: str) -> bool:
    """A date and nothing else: 'Dec 18 2025', '18.12.2025', '2025-12-18, 10:30'; not a year alone."""
    words: list[str] = _TOKEN.findall(extra)
    if not words or not all(_DATE_WORD.fullmatch(w) for w in words):
        return False
    # A month and a number, or day, month and year in figures; a year alone ('2025 Guide to …') is the headline's.
    numbers = sum(1 for w in words if w.isdigit())
    return (numbers >= 1 and numbers < len(words)) or numbers >= 3


def _drop_dateline(text: str) -> str:
    """'18.12.2025 - Headline', 'Headline | Dec 18, 2025', 'Headline (4. Dezember 2026)' → 'Headline'.

    General pattern: press-release and club-news templates put the date (or 'Updated' and a
    date) before or after the title, set off by a separator or in brackets, in every title
    source and the h1 alike, so no source shows the headline alone. A year alone ('2025 – the
    year in review', 'Guide (2026)') is the headline's and stays; so are month names of other
    languages than English, German, French, Spanish and Italian.
    """
    bracketed = _BRACKETED_TAIL.search(text)
    if bracketed is not None and _is_stamp(bracketed.group("inner")) and _words(text[: bracketed.start()]) >= 3:
        return text[: bracketed.start()].strip()
    matches = list(_SEP_RE.finditer(text))
    if not matches:
        return text
    first, last = matches[0], matches[-1]
    if _is_stamp(text[: first.start()]) and _words(text[first.end() :]) >= 3:
        return text[first.end() :].strip()
    if _is_stamp(text[last.end() :]) and _words(text[: last.start()]) >= 3:
        return text[: last.start()].strip()
    return text


def _is_stamp(part: str) -> bool:
    """A date alone, or 'Updated'/'Stand:'/'mis à jour le' and a date ('Updated Dec. 4, 2026')."""
    return _is_date(_STAMP.sub("", part.strip()))


def _drop_label(text: str) -> str:
    """'Update | Headline in a sentence' → the headline: one word before a pipe is a label.

    General pattern: news templates set a kicker ('Update', 'Watch', 'Opinion', 'Exclusive')
    before the headline with a pipe, in the h1 and every title alike. The rest must read as a
    sentence (four or more words, some lower-case, no more separators), not as a site's name.
    """
    match = _SEP_RE.search(text)
    if match is None or match.group(0).strip() not in ("|", "||"):
        return text
    label, rest = text[: match.start()], text[match.end() :]
    if len(label.split()) != 1 or not label.isalpha() or _words(rest) < 4 or _SEP_RE.search(rest):
        return text  # more parts after it: 'Headline | Site | Motto', which strip_site reads
    if sum(1 for word in rest.split() if word[:1].islower()) < 2:
        return text
    return rest.strip()


# A live ticker's label: 'LIVE', 'Live updates', 'Liveblog', 'Live-Ticker', 'EN DIRECT', … and the
# '+++' banner marks German tickers set around a title.
_LIVE = (
    r"(?:live(?:[ -]?(?:updates?|blog|ticker|news|coverage|stream))?|liveblog|liveticker|news-?ticker|ticker|"
    r"en direct|en vivo|ao vivo|in diretta|live-?berichterstattung)"
)
# A symbol or emoji may lead ('🔴 LIVE: …'); the label ends at ':', '|', a dash or '+++'.
_LIVE_HEAD = re.compile(rf"^[^\w\s]*\s*{_LIVE}\s*(?::|\||[–—-]|\+\+\+)\s+", re.I)
_LIVE_TAIL = re.compile(rf"\s+(?:[|–—-]\s*{_LIVE}|[(\[]{_LIVE}[)\]])\s*$", re.I)
_TICKER_MARKS = re.compile(r"^\s*\+\+\+\s*|\s*\+\+\+\s*$")


def _drop_live_label(text: str) -> str:
    """'LIVE: Headline', '🔴 Live updates – Headline', 'Headline – live', '+++ Headline +++' → 'Headline'.

    General pattern: live blogs and tickers put a label before (or after) the story's title in the
    h1 and every title tag alike; it says what kind of page this is, like 'Opinion' or 'Video', and
    no source gives the title without it. Only the label set off by a colon, a pipe, a dash or
    German tickers' '+++' goes, and at least two words must be left: 'Live music returns to the
    pier' and 'Israel-Gaza war live: …' (the label inside the headline's own words) stay whole.
    """
    if "+++" in text:
        text = _TICKER_MARKS.sub("", text)
    for pattern in (_LIVE_HEAD, _LIVE_TAIL):
        match = pattern.search(text)
        if match is not None:
            rest = text[: match.start()] + text[match.end() :]
            if _words(rest) >= 2:
                text = rest.strip()
    return text


# Labels saying what kind of item a page is (breaking news, an exclusive, an opinion piece, a
# video), in the languages news sites most often write in. Set before the title with a separator,
# they are no part of it. 'Explainer: what …' and 'Fact check: did …' are not among them: the
# title goes on from them as one sentence.
_KIND = (
    r"(?:breaking(?:\s+news)?|just\s+in|exclusive|opinion|(?:news\s+)?analysis|watch|videos?|photos?|gallery|"
    r"listen|podcast|editorial|commentary|column|sponsored|update[ds]?|"
    r"eilmeldung|exklusiv|meinung|kommentar|analyse|gastbeitrag|"
    r"vidéo|exclusif|tribune|éditorial|édito|enquête|témoignage|(?:en\s+)?direct|en\s+images|"
    r"última\s+hora|exclusiva|opinión|análisis|vídeo|"
    r"esclusiv[ao]|ultim'ora|editoriale|commento|exclusivo|opinião|análise|"
    r"opinie|exclusief|analys|krönika|krønike|ledare|debatt|opinia|komentarz|wideo|son\s+dakika)"
)
# Up to two labels ('EXCLUSIVE VIDEO:', 'Breaking news –') set off by a colon, a pipe, a dash or an
# angle quote; an emoji or symbol may lead ('🔴 BREAKING: …').
_KIND_HEAD = re.compile(rf"^[^\w\s]*\s*(?P<label>{_KIND}(?:\s+{_KIND})?)\s*(?::|\||[–—›»]|\s-|(?P<dot>\.))\s+", re.I)


def _drop_kind_label(text: str) -> str:
    """'BREAKING: Headline', 'Opinion | Headline', 'VIDÉO. Headline' → 'Headline'.

    General pattern: news templates put a label saying what kind of item the page is (breaking
    news, an exclusive, an opinion piece, an analysis, a video, photos) before or after the
    story's title, often in every title tag and the h1 alike; like a live ticker's label it is
    no part of the title. Only a known label goes, set before the title with a colon, a pipe or
    a dash (a full stop only after a label in capitals, as French sites write 'EXCLUSIF. …'), and
    three words or more must be left, starting as a title does (`_runs_on`). 'Watch what you
    eat' and 'Opinion polls tighten' stay whole; so do labels after the title ('… | Opinion',
    '… (VIDEO)'), which sites print as part of the title they show.
    """
    match = _KIND_HEAD.match(text)
    if match is not None and (match.group("dot") is None or match.group("label").isupper()):
        rest = text[match.end() :]
        if _words(rest) >= 3 and not _runs_on(rest):
            text = rest.strip()
    return text


def _runs_on(rest: str) -> bool:
    """Whether the words after a label start in lower case: the label's own phrase going on.

    General pattern: a title starts with a capital, a figure or a quote mark; 'Video – game
    makers …', 'Photos – and the stories behind them – …' and 'Watch: how the gates …' go on
    from the first word as one phrase, so that word is the headline's, not a label before it.
    """
    word = next(iter(rest.split()), "")
    first = next((ch for ch in word if ch.isalnum()), "")
    # 'iPhone', 'eBay': a name written with an inner capital starts a title too.
    return first.isalpha() and first.islower() and word == word.lower()


_GLUED_KIND = re.compile(rf"^[^\w\s]*\s*{_KIND}(?:\s+{_KIND})?\s+", re.I)


def _glued_label(h1: str, titles: Sequence[str]) -> str:
    """'Opinion Headline' (a label set in its own part of the h1, no separator shown) → 'Headline'.

    General pattern: templates set the kind label in a span or badge inside the h1
    ('<span class="x">Opinion</span> Headline'), so the h1's text runs it into the headline,
    while og:title gives 'Opinion: Headline' or the headline alone. When a title source,
    labels dropped, is exactly what follows the label, that is the headline.
    """
    match = _GLUED_KIND.match(h1)
    if match is None:
        return h1
    rest = h1[match.end() :]
    if _words(rest) >= 3 and any(comparable(title) == comparable(rest) for title in titles):
        return rest.strip()
    return h1


def drop_shown_headline(blocks: list[Block], headline: str) -> list[Block]:
    """The body's blocks without a heading above the text that is the headline with its label or kicker.

    General pattern: an h1 'Live: Headline' or 'Topic: Headline' whose label the headline choice
    left out stands above the story; it is the headline shown again, not a section's heading.
    Only headings before the first paragraph count: a live blog's entries may repeat the
    headline after their own label ('Update 3: Headline'), and those are its sections.
    """
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            break
        if labelled_headline(block.text, headline):
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def labelled_headline(text: str, headline: str) -> bool:
    """Whether a heading is the headline with a label or kicker run into it ('Live: …', 'Topic: …', '… – live').

    General pattern: the h1 keeps the live label or the kicker the headline choice left out;
    in the body it is the headline shown again, not the heading of the story's first part.
    A heading equal to the headline is not this (the body's trim drops it already).
    """
    head = comparable(headline)
    key = comparable(text)
    if len(head) < 8 or key == head or head not in key:
        return False
    if comparable(_drop_kind_label(_drop_live_label(text))) == head:
        return True
    match = _KICKER_SEP.search(text)
    return match is not None and _words(text[: match.start()]) <= 4 and comparable(text[match.end() :]) == head


def _is_ticker_entries(text: str) -> bool:
    """An h1 running a ticker's latest entries together with '+++' ('Rafah: … +++ Port closed …').

    General pattern: German live tickers print their newest items in the heading, joined by
    '+++'; the page's own title (the ticker's name) is in the title tags, which then decide.
    """
    return bool(re.search(r"\S\s*\+\+\+\s*\S", text))


def _undated_unlabelled(text: str) -> str:
    """A title source or h1 without a date, a one-word label, a live ticker's or a kind label set off by a separator."""
    return _drop_kind_label(_drop_live_label(_drop_label(_drop_dateline(text))))


def _mojibake_fixed(h1: str, titles: Sequence[str]) -> str:
    """An h1 with characters lost to a wrong encoding ('Beginner? Guide'): the title it otherwise equals.

    General pattern: a page decoded with the wrong charset shows '?' or U+FFFD where
    a curly quote or dash was; og:title or JSON-LD, escaped as entities, kept them.
    """
    if "\ufffd" not in h1 and not re.search(r"\w\?(?:\w|\s\w)", h1):
        return h1
    if h1.count("?") + h1.count("\ufffd") > 4:
        return h1  # each one is a wildcard below: a few keep the match linear enough
    pattern = re.compile(
        "".join(".{1,3}" if ch in "?\ufffd" else re.escape(ch) for ch in h1), re.IGNORECASE | re.DOTALL
    )
    for title in titles:
        if pattern.fullmatch(title) and title != h1:
            return title
    return h1


def _cased(h1: str, titles: Sequence[str]) -> str:
    """An h1 set in capitals ('COUNCIL SHUTS THE BRIDGE'): the title source with the same words in mixed case.

    General pattern: templates type some headlines in capitals (a style, a breaking-news
    banner) while og:title or JSON-LD give them in ordinary case; the words are the same,
    and mixed case reads better in the article view. An h1 no title matches stays as it is.
    """
    letters = [ch for ch in h1 if ch.isalpha()]
    if len(letters) < 8 or not all(ch.isupper() for ch in letters):
        return h1
    key = comparable(h1)
    for title in titles:
        if comparable(title) == key and any(ch.islower() for ch in title):
            return title
    return h1


def _drop_furniture(h1: str, titles: Sequence[str]) -> str:
    """An h1 that is a metadata title plus a dateline, byline or source tag: that title.

    General pattern: templates print the date or 'Posted on … by …' (or a '(site.com)'
    source) inside the h1, before or after the headline; og:title or JSON-LD gives the
    headline alone. Other extra words (a subtitle, a longer headline) are kept.
    """
    words = _WORD.findall(h1.casefold())
    for title in titles:
        have = _WORD.findall(title.casefold())
        if len(have) < 3 or len(have) >= len(words):
            continue
        if words[: len(have)] == have:
            extra = h1[_nth_word_end(h1, len(have)) :]
        elif words[-len(have) :] == have:
            extra = h1[: _nth_word_start(h1, len(words) - len(have))]
        else:
            continue
        if _is_furniture(norm(extra.strip(" -–—|:,·"))):
            return title
    return h1


_KICKER_SEP = re.compile(r":\s+|\s+(?:/|–|—|-|\|)\s+")


def _cut_shown_site(h1: str, names: Sequence[str], host: str, titles: Sequence[str]) -> str:
    """An h1 showing 'Headline | Site' or 'Site – Headline': the headline, when a title tag gives it alone.

    General pattern: some templates print the <title> as it is, site's name and all, in the
    page's heading, while og:title or JSON-LD give the headline alone. A part at either end,
    set off by a separator, that is the site's name (one the page gives itself, or its host)
    goes when a title source equals what is left. When every source carries the name ('… –
    Site' in og:title, JSON-LD and the h1), the site titles its stories so, and it stays.
    """
    matches = list(_SEP_RE.finditer(h1))
    if not matches:
        return h1
    keys = {comparable(title) for title in titles}
    bare = host.replace("-", "")
    site_keys = {comparable(name) for name in names} | ({bare} if bare else set())
    for head, tail in (
        (h1[: matches[-1].start()], h1[matches[-1].end() :]),
        (h1[matches[0].end() :], h1[: matches[0].start()]),
    ):
        if _words(head) >= 3 and comparable(tail) in site_keys and comparable(head) in keys:
            return head.strip()
    return h1


_FRAME_SEP = re.compile(rf":\s+|{_SEP_RE.pattern}")


def _framed_title(h1: str, titles: Sequence[str], raws: dict[str, str]) -> str:
    """An h1 'Kicker: Title | Note' holding a title source whole between two separators: that title.

    General pattern: media-library and programme pages print the item's title in the heading
    between a series or topic line and a note on the broadcast ('… | Video of the show of 16
    May'), each set off by a colon, dash or pipe; og:title or JSON-LD give the title alone.
    There must be words before and after the title (before it alone is _drop_kicker's case,
    after it alone often a subtitle the page shows as part of its title), the title must have
    four words or more, and no title source may carry the extra words: then they are the
    headline's own (a letters page whose og:title lists every letter).
    """
    if not _FRAME_SEP.search(h1):
        return h1
    cuts = [0]
    for match in _FRAME_SEP.finditer(h1):
        cuts += [match.start(), match.end()]
    cuts.append(len(h1))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    wanted = {comparable(title): title for title in titles if _words(title) >= 4}
    raw_keys = [comparable(raw) for raw in raws.values()]
    for i in range(1, len(spans)):  # at least one part before the title and one after it
        if not comparable(h1[spans[i][0] : spans[i][1]]):
            continue  # an ellipsis or a mark, not words
        for j in range(i, len(spans) - 1):
            key = comparable(h1[spans[i][0] : spans[j][1]])
            if key not in wanted:
                continue
            extras = [comparable(h1[: spans[i][0]]), comparable(h1[spans[j][1] :])]
            if not all(extras) or any(extra in raw for extra in extras for raw in raw_keys):
                return h1
            return norm(h1[spans[i][0] : spans[j][1]])
    return h1


def _drop_kicker(h1: str, titles: Sequence[str], raws: dict[str, str]) -> str:
    """'Kicker: Headline' in the h1 → 'Headline' when the title sources give the headline without it.

    General pattern: news templates print a kicker (topic line, 'Dachzeile') before the
    headline in the h1 with a colon, dash or slash, and leave it out of og:title, JSON-LD
    and the <title>. A prefix any title source also carries ('Name #18 – Topic') is the
    headline's and stays, unless og:title or twitter:title, the titles written for people,
    give the rest alone: JSON-LD and the <title> are often the SEO line 'Kicker: Headline'
    that the page sets in a hidden or breadcrumb h1, while the shown heading parts the two.
    """
    match = _KICKER_SEP.search(h1)
    if match is None:
        return h1
    prefix, rest = h1[: match.start()], h1[match.end() :]
    if _words(prefix) > 4 or _words(rest) < 3:
        return h1
    rest_key, prefix_key = comparable(rest), comparable(prefix)
    if not prefix_key or not any(comparable(title) == rest_key for title in titles):
        return h1
    social = [raws[key] for key in ("og", "twitter") if raws.get(key)]
    if any(comparable(title) == rest_key for title in social):
        return rest.strip()
    if any(prefix_key in comparable(raw) for raw in raws.values()):
        return h1
    return rest.strip()


# Labels set before a headline that say what kind of item it is, and the usual names of a news
# site's sections ('Chronik: …', 'Politics: …'): never joined to the headline, however many title
# sources carry them.
_LABEL_WORDS = re.compile(
    r"(?:live|live-?blog|live-?ticker|ticker|news-?blog|breaking|breaking news|eilmeldung|update[ds]?|"
    r"exclusive|exklusiv|opinion|meinung|kommentar|comment|commentary|editorial|analysis|analyse|explainer|"
    r"review|kritik|interview|podcast|video|watch|photos?|fotos?|gallery|bildergalerie|quiz|column|kolumne|letters?|obituary|nachruf|"
    r"sponsored|advertorial|anzeige|werbung|recap|q&a|faq|"
    r"news|nachrichten|world|welt|politics|politik|business|wirtschaft|economy|money|finance|finanzen|sports?|"
    r"culture|kultur|science|wissen|wissenschaft|tech(?:nology)?|technik|digital|health|gesundheit|lifestyle|leben|"
    r"travel|reise|entertainment|panorama|chronik|inland|ausland|lokales|local|regional|national|international|"
    r"gesellschaft|society|auto|motor|media|medien|education|bildung|climate|klima|weather|wetter|"
    r"politique|monde|économie|política|mundo|economía|cultura|deportes)",
    re.I,
)
_JOINED_KICKER = re.compile(r"^(?P<kicker>.+?)(?::\s+|\s+[–—-]\s+)(?P<rest>.+)$")


_TITLE_KEYS = frozenset(("og", "ld", "twitter", "dc", "title"))
_SOCIAL_KEYS = ("og", "ld", "twitter", "dc")


def _joined_kicker(h1: str, raws: dict[str, str], sites: Sequence[str], host: str) -> str:
    """An h1 that every title source, JSON-LD's headline included, gives as 'Kicker: h1': that whole title.

    General pattern: news templates show a topic line (kicker, 'Dachzeile') above the headline or
    in its own part of the h1, often with a colon hidden for screen readers between them, while
    the headline as written (og:title, the JSON-LD headline, the <title>) is 'Kicker: Headline'.
    When og:title and the JSON-LD headline both carry the joined form and no title source gives
    the h1's words alone, the page's title is the joined one. A label ('Live', 'Opinion',
    'Video'), a section or the site's name before the colon is never joined: they say what kind
    of item or whose it is, not what it is about.
    """
    key = comparable(h1)
    if not key or _words(h1) < 2 or not all(key in comparable(raws.get(name, "")) for name in ("og", "ld")):
        return h1
    # Cut off the site's name only: the h1 must not show where the headline starts ('X - h1' is read
    # as 'Site - Headline' when the h1 gives the hint).
    sources = {name: strip_site(text, sites, host) for name, text in raws.items() if name in _TITLE_KEYS}
    og, ld = sources["og"], sources["ld"]
    if comparable(og) != comparable(ld) or any(comparable(text) == key for text in sources.values()):
        return h1
    # Every other source gives the joined form too, or at least begins with it (a '<title>' with a
    # date or the site's name run on after a comma).
    full = comparable(og)
    if not all(comparable(text).startswith(full) for text in sources.values()):
        return h1
    for text in (og, ld):
        match = _JOINED_KICKER.match(text)
        if match is None or comparable(match.group("rest")) != key:
            continue
        kicker = match.group("kicker").strip()
        if (
            _words(kicker) > 6
            or _LABEL_WORDS.fullmatch(kicker.strip(" :–—-")) is not None
            or is_site_name(kicker, sites, host)
            or not re.search(r"[^\W\d_]", kicker)
        ):
            return h1
        return norm(og)
    return h1


def _nth_word_end(text: str, n: int) -> int:
    for index, match in enumerate(_WORD.finditer(text.casefold()), 1):
        if index == n:
            return match.end()
    return len(text)


def _nth_word_start(text: str, n: int) -> int:
    for index, match in enumerate(_WORD.finditer(text.casefold())):
        if index == n:
            return match.start()
    return 0


def _unglued_motto(title: str) -> tuple[str, str | None]:
    """'HeadlineMotto of the site | Motto of the site' as ('Headline', 'Motto of the site'); else (title, None).

    General pattern: a template glues the site's motto (or name) to the headline with no
    space or separator and sets it again after a bar; the part after the bar shows where the
    headline ends. Only a motto of two words or more, glued to a headline of some length.
    """
    pieces = _SEP_RE.split(title)
    if len(pieces) != 2:
        return title, None
    first, motto = pieces[0].strip(), pieces[1].strip()
    if _words(motto) < 2 or len(first) < len(motto) + 4 or not first.endswith(motto):
        return title, None
    if first[-len(motto) - 1].isspace():
        return title, None  # set off by a space, the words are the headline's own ('… in Cape Town | Cape Town')
    head = first[: -len(motto)].strip()
    return (head, motto) if len(head) >= 4 else (title, None)


def _empty_field_names(titles: Iterable[str]) -> list[str]:
    """The names before a colon that ends a title: 'Cape Watch:' is 'Cape Watch: {headline}' with no headline.

    General pattern: a template writes '<title>Site: {headline}</title>' and the headline field
    is empty on some pages, leaving the site's name and a colon; no headline ends in a colon
    (it introduces what follows, `_is_lead_in`). What is left is the site's name, so such a
    title names no story and the page's h1 decides. Only a name (five words at most).
    """
    return [title.rstrip()[:-1].strip() for title in titles if _is_lead_in(title) and 1 <= _words(title) <= 5]


_BY_TAIL = re.compile(rf"(?:,\s*|\s+)(?:by|von|par|por|door)\s+(?P<who>.+?)(?={_SEP_RE.pattern}|\s*$)", re.I)


def drop_title_byline(title: str, byline: str | None) -> str:
    """'Headline by Author - Site' without the byline: the author is not the headline's.

    General pattern: blog engines and some news templates build the <title> or og:title from
    the post's title, its author and the site ('Headline by Jane Doe | Site', 'Headline, by Jane
    Doe'). The part after 'by' goes when it is the page's own byline (the author's tag,
    JSON-LD author or the byline the page shows), whole or up to a comma ('Jane Doe, Staff
    Writer'); a headline of three words or more must be left ('Stand by Me' or 'Killed by
    a falling tree' name no author the page gives).
    """
    if not byline or " " not in title:
        return title
    wanted = {comparable(byline), comparable(byline.split(",")[0])} - {""}
    for match in _BY_TAIL.finditer(title):
        if comparable(match.group("who")) in wanted and _words(title[: match.start()]) >= 3:
            return norm(title[: match.start()] + title[match.end() :])
    return title


def _is_lead_in(text: str) -> bool:
    """An h1 ending in a colon introduces what follows ('A message from our editor:'); no headline does.

    General pattern: promotional or notice blocks set their opening line in an h1.
    """
    return text.rstrip().endswith(":")


_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def completed(title: str, others: Iterable[str]) -> str:
    """A title cut short with '…' → the other source it is the start of; else the title as it is.

    General pattern: twitter:title and og:title are often cut to a length and end in
    '…' or '...'; the h1 or the <title> has the whole. The cut-off last word may be partial.
    A teaser template's h1 is cut so too, and og:title or JSON-LD has the whole.
    """
    if not _ELLIPSIS.search(title):
        return title
    words = _TOKEN.findall(title.casefold())[:-1]
    if len(words) < 3:
        return title
    best = title
    for other in others:
        # One cut too ('… – Section'), or ending in one, has no more of the headline to give.
        if _ELLIPSIS.search(other) or "…" in other or "..." in other or len(other) <= len(best):
            continue
        if _TOKEN.findall(other.casefold())[: len(words)] == words:
            best = other
    return best


_QUOTE_MARKS = '"“”„«»'


def _quote_cut_completed(title: str, others: Iterable[str]) -> str:
    """A title cut off just before a double quote mark → the other source that goes on with it.

    General pattern: a template writes the headline into `content="…"` without escaping its
    quote marks ('Mayor calls plan "reckless"'), so the attribute ends at the first inner
    quote: og:title and twitter:title read 'Mayor calls plan' while the <title> or the h1
    has the whole. A source that starts with the title's very text and goes on with a
    double quote mark after it has the headline whole (a site's name after it is cut later).
    """
    key = title.rstrip()
    if not key or key[-1] in _QUOTE_MARKS:
        return title
    best = title
    for other in others:
        rest = other[len(key) :].lstrip() if other.startswith(key) else ""
        if rest[:1] in _QUOTE_MARKS and rest[:1] and len(other) > len(best):
            best = other
    return best


_STORY_WORD = re.compile(r"[^\W\d_]{4,}")


def _same_story(title: str, block: str) -> bool:
    """Whether a <title> shares two or more words of four letters or more with a headline block.

    General pattern: a page with nothing but a <title> it never shows whole and a
    headline-named block. A <title> that is only the site's name shares no words with
    the story's heading (at most one, 'Star' in 'Evening Star'); one that says what the
    story is about is the page's own title, the block a longer display heading or a teaser.
    """
    have = set(_STORY_WORD.findall(title.casefold()))
    return len(have & set(_STORY_WORD.findall(block.casefold()))) >= 2


_YEAR_TAIL = re.compile(r"^[\s,:–—-]*(?:(?:in|for|of)\s+)?[(\[]?(?:19|20)\d\d[)\]]?$", re.I)


def _with_year(h1: str, titles: Sequence[str]) -> str:
    """An h1 that is the metadata title less a trailing year ('… in 2026', '… (2026)'): that title.

    General pattern: list and guide pages give their title with the year in og:title,
    JSON-LD and the <title>, and drop it from the big heading. The year says which
    edition the page is, so the fuller title is the page's; two title sources must give
    it, so one stale or odd tag does not add a year no other source has.
    """
    found = [
        title
        for title in titles
        if len(title) > len(h1) and title.casefold().startswith(h1.casefold()) and _YEAR_TAIL.match(title[len(h1) :])
    ]
    if len(found) >= 2 and len({comparable(title) for title in found}) == 1:
        return found[0]
    return h1


def _story_parts(title: str, sites: Sequence[str], host: str) -> list[str]:
    """The <title>'s parts between separators ('Kicker: Story | Section - Site') that may be the story's.

    General pattern: a <title>, the page's only title source, sets a kicker, a section and
    a site's name no tag names around the story's headline; an h1 that reads like one of its parts (a word or two
    shortened: 'J&K' for 'Jammu and Kashmir') agrees with the title, the rest is furniture.
    The last part, where the site's name goes ('… — Tool for Something'), and parts naming
    the site are never the story's; a part of one or two words is a kicker or section.
    """
    pieces = _LEARN_SEP_RE.split(title)
    return [piece for piece in pieces[:-1] if _words(piece) >= 3 and not is_site_name(piece, sites, host)]


_TAIL_SEP = re.compile(r"\s+(?:[-–—|｜]|\|\|)\s+|\s+(?=[(\[])")


def _shown_head(title: str, shown: str | None) -> str:
    """The title up to where the heading the page shows ends, when the rest is a tail after a dash or bracket.

    General pattern: a page with no h1 shows its headline as a heading over the text ('<h2>'),
    while its og:title and <title> add a tail the page never shows, after a dash or in
    brackets: an issue number ('Headline (2026/4)'), a description ('Name - Holiday cottage
    on the cape'). The heading the page shows is its headline. Not a part before a colon
    ('Kicker: Headline'), which is a kicker the title runs on from; nor is the part after it
    cut from the title (truths differ on keeping a topic shown apart from the headline).
    """
    if not shown or _words(shown) < 2:
        return title
    key = comparable(shown)
    # The title's comparable form built up part by part (it is the parts' forms joined): no
    # separator compares the whole title before it again, and none after the key is passed.
    start, head = 0, ""
    for match in _TAIL_SEP.finditer(title):
        head += comparable(title[start : match.start()])
        start = match.start()
        if head == key:
            return norm(title[:start])
        if not key.startswith(head):
            break
    return title


def _holds_other_part(h1: str, title: str, part: str) -> bool:
    """Whether the h1 holds the part of a two-part <title> other than `part` (in a longer word too)."""
    pieces = [piece for piece in _SEP_RE.split(title) if piece.strip()]
    if len(pieces) != 2 or comparable(part) not in {comparable(piece) for piece in pieces}:
        return False
    others = [piece for piece in pieces if comparable(piece) != comparable(part)]
    if len(others) != 1 or _words(others[0]) != 1:
        return False  # the page's own name is one word ('History'); more may be the site's ('The Wire')
    other = comparable(others[0])
    # An h1 reading the other part alone is a logo ('Blog Name' over '<title>Story | Blog Name'), not this.
    return len(other) >= 5 and other in comparable(h1) and comparable(h1) not in (other, comparable(part))


def _shown_site_part(title: str, shown: str | None, h1s: Sequence[str]) -> str | None:
    """The part of '<title>Part - Site</title>' that is the site's name: the page shows it, its h1 the other.

    General pattern: a small site's <title> sets the page's one-word name ('History') and the
    site's name of a few words; the page shows the site's part as text of its own (a footer's
    '© Site', an address block), and its h1 holds the other part in a longer word or with more
    after it ('History' in the h1 'Choir history', 'Glossary' in 'Glossary - M'). The part
    shown apart is then the site's name, not the story's, and the h1 holding the other part
    is the headline. An h1 reading the other part alone is the site's logo, and the part shown
    is the story's; so is a shown part of five words or more, or one beside an other part of
    several words: a headline under a logo h1 that adds a word to the site's name ('<title>Story
    | The Site</title>' under '<h1>The Site Blog</h1>').
    """
    if not shown or _words(shown) > 4 or not any(_holds_other_part(h1, title, shown) for h1 in h1s):
        return None
    return shown


_MODULE_WORDS = re.compile(
    r"\b(?:newsletters?|subscribe|sign(?:ing)? up|cookies?|privacy|most (?:read|popular|viewed)|trending|"
    r"related|recommended|you (?:may|might) also|more (?:from|stories|news)|top stories|popular)\b",
    re.I,
)


def _module_title(text: str, titles: Sequence[str]) -> bool:
    """An h1 naming a page module ('Sign up for our newsletter', 'Most read this week') that no title source is about.

    General pattern: newsletter boxes, consent notices and reading lists set their title in
    an h1 inside <main>, where the lone visible h1 would otherwise beat the metadata. A
    headline about newsletters or privacy shares the story's words with og:title or the
    <title>; a module's title shares none.
    """
    return _MODULE_WORDS.search(text) is not None and not any(_same_story(title, text) for title in titles)


def _witnesses(title: str, metas: Sequence[str], copies: set[int]) -> int:
    """How many title sources give `title`'s very words, a copy of another source not counted.

    General pattern: when the title tags all tell the same story but two wordings compete
    ('aktuelle News und …' in og:title and twitter:title, '… News und …' in JSON-LD and the
    <title>), the wording more independent sources give is the page's title. twitter:title
    equal to og:title is filled from it by the template and is one witness with it.
    """
    key = _TOKEN.findall(title.casefold())
    return sum(
        1 for index, other in enumerate(metas) if index not in copies and _TOKEN.findall(other.casefold()) == key
    )


_CONJ_TOKEN = re.compile(r"[^\W_]+|[&+]")


def _conj_key(text: str) -> list[str]:
    """Word tokens with '&' and '+' read as 'and'."""
    return ["and" if token in ("&", "+") else token for token in _CONJ_TOKEN.findall(text.casefold())]


def _spelled_as_titles(h1: str, metas: Sequence[str], copies: set[int]) -> str:
    """An h1 that says 'and' where two title sources say '&' (or the other way round): their spelling.

    General pattern: templates write the heading out ('Homeowners and Investors') while the
    title tags keep the editor's '&', or the reverse; the words are the same. The spelling two
    or more independent title sources give is the title as published, and none may give the
    h1's own spelling.
    """
    key = _conj_key(h1)
    if "and" not in key:
        return h1
    own = _TOKEN.findall(h1.casefold())
    for title in metas:
        if _TOKEN.findall(title.casefold()) == own:
            return h1
    for title in metas:
        if _conj_key(title) == key and _witnesses(title, metas, copies) >= 2:
            return title
    return h1


def _site_names(meta: PageMeta, host: str) -> list[str]:
    """The page's own names for itself plus those learned from its titles.

    General pattern: a 'site name' that is the whole page title and holds the headline
    or is the article's h1 (templates that fill og:site_name with the title) names
    nothing and would strip the headline itself. One equal to the title but holding no
    other source's text is the site's name indeed: the og:title of its home page,
    printed on every page.
    """
    raw = [t for t in (meta.titles.get(k) for k in ("og", "ld", "twitter", "dc", "page", "title")) if t]
    title_keys = {comparable(t) for t in raw}
    shown = [*raw, *(text for text, _ in meta.h1s)]
    given = [meta.site_name, *meta.site_names] if meta.site_name else list(meta.site_names)
    names: list[str] = []
    for name in given:
        if not name:
            continue
        key = comparable(name)
        if key in title_keys and (
            any(len(t.split()) >= 3 and comparable(t) != key and comparable(t) in key for t in shown)
            or any(inside and comparable(text) == key for text, inside in meta.h1s)
        ):
            continue
        names.append(name)
        # 'Studio Name | Modern Interior Design': each part may end a title alone.
        names.extend(p for p in _SEP_RE.split(name) if p != name and len(p) >= 3)
    # The story's own headings: the h1s in the article, and the h2 standing in for a logo h1.
    story_headings = [text for text, inside in meta.h1s if inside]
    if meta.heading_title:
        story_headings.append(meta.heading_title)
    names.extend(learned_sites(raw, story_headings))
    names.extend(differing_site_parts(raw, [*story_headings, *(text for text, _ in meta.h1s)]))
    names.extend(series_names(raw, [text for text, _ in meta.h1s]))
    names.extend(repeated_names(raw))
    # A logo h1 showing the domain ('example.com') names the site too.
    names.extend(text for text, _ in meta.h1s if _DOMAIN.match(text))
    return list(dict.fromkeys(names))[:24]


def choose_headline(meta: PageMeta, url: str | None) -> str:
    """The page's real headline: an h1 that agrees with the metadata titles, else the best meta title."""
    return unescape_twice_escaped(_choose(meta, url))


def _clean_h1(
    text: str, social: Sequence[str], metas: Sequence[str], raws: dict[str, str], sites: Sequence[str], host: str
) -> str:
    """The h1 without what the title sources show is not the headline's: furniture, kickers, labels."""
    titles = [*social, *metas]
    text = _drop_furniture(_mojibake_fixed(_cased(text, titles), social), social)
    text = _drop_kicker(_framed_title(text, titles, raws), metas, raws)
    text = _glued_label(_undated_unlabelled(text), titles)
    return _joined_kicker(text, raws, sites, host)


def _choose(meta: PageMeta, url: str | None) -> str:
    host = registered_name(url or meta.canonical)
    sites = _site_names(meta, host)
    h1_texts = [text for text, _ in meta.h1s]
    raws = {key: unescape_twice_escaped(value) for key, value in meta.titles.items()}
    whole = [*raws.values(), *h1_texts]
    raws = {
        key: _undated_unlabelled(completed(_quote_cut_completed(value, whole), whole)) for key, value in raws.items()
    }
    # A byline naming the site itself (a staff credit) is no author a title appends ('Chosen by Site').
    author = meta.byline if meta.byline and comparable(meta.byline) not in {comparable(n) for n in sites} else None
    raws = {key: drop_title_byline(value, author) for key, value in raws.items()}
    sites += _empty_field_names(raws.values())
    # 'HeadlineMotto | Motto': the motto glued on goes, and names the site.
    for key, value in raws.items():
        unglued, motto = _unglued_motto(value)
        if motto:
            raws[key] = unglued
            sites.append(motto)
    sections = {comparable(name) for name in meta.sections}
    # A section name after or before a separator goes like the site's ('… | World | Site').
    sites += [name for name in meta.sections if name not in sites]
    # A title that is just the site's name (og:title of the home page on every page) names no story.
    site_keys = {comparable(name) for name in sites}
    site_titles = [value for value in raws.values() if comparable(value) in site_keys]
    raws = {key: value for key, value in raws.items() if comparable(value) not in site_keys}
    # The page's only title (no h1, every title source reading the same) may end in a site name no tag gives.
    alone = not h1_texts and len({comparable(value) for value in raws.values()}) == 1
    # On a page without an h1, the part of the title it shows as text shows where the headline ends.
    hints = list(h1_texts)
    shown = meta.shown_title
    if shown and _words(shown) >= 3 and not _names_site(shown, sites, host):
        hints.append(shown)
    # '<title>Part - Site</title>' whose 'Site' the page shows as text, its h1 holding 'Part'.
    site_part = _shown_site_part(meta.titles.get("title", ""), meta.page_title, h1_texts)
    if site_part is not None:
        sites.append(site_part)
    metas: list[str] = []
    # twitter:title copied from og:title (most templates fill one from the other) is no second witness.
    copies: set[int] = set()
    for key in ("og", "ld", "twitter", "dc", "title"):
        raw = raws.get(key)
        if key == "twitter" and raw and raw == raws.get("og"):
            copies.add(len(metas))
        if key == "title" and len(raws) == 1 and _names_no_story(raw or "", h1_texts, sites, host):
            continue  # 'Site > Section > News' over a page with an h1: the h1 alone names the story
        if key == "title" and meta.page_title and site_part is None and not _names_site(meta.page_title, sites, host):
            metas.append(meta.page_title)
        elif raw:
            # Cut with '…' before the site's name ('Headline cut sho… | Site'): completed once the name is gone.
            metas.append(completed(strip_site(raw, sites, host, hints, alone=alone), whole))
    # Parts of the <title> around separators: an h1 equal to one of its short
    # outer parts is the site's name in a logo, not the headline.
    raw_title = meta.titles.get("title", "")
    parts = [comparable(p) for p in _SEP_RE.split(raw_title)] if _SEP_RE.search(raw_title) else []
    outer = {p for p in (parts[0], parts[-1]) if p != max(parts, key=len)} if len(parts) >= 2 else set()
    short_parts = {comparable(p) for p in _SEP_RE.split(raw_title) if len(p.split()) <= 3}
    outer &= short_parts
    # The names the page gives itself (not learned from its titles) and its title tags as given.
    given = [name for name in (meta.site_name, *meta.site_names) if name]
    raw_titles = [value for key, value in raws.items() if key in _TITLE_KEYS]
    social = [
        completed(strip_site(raws[key], sites, host, hints), whole)
        for key in ("og", "ld", "twitter", "dc")
        if raws.get(key)
    ]
    h1s = [
        (
            _clean_h1(text, social, metas, raws, sites, host),
            inside,
        )
        for text, inside in (
            (completed(_cut_shown_site(text, given, host, raw_titles), [*social, *metas]), inside)
            for text, inside in meta.h1s
        )
        if not is_site_name(text, sites, host)
        and comparable(text) not in sections
        and not _DOMAIN.match(text)
        and not _is_lead_in(text)
        and not (_is_ticker_entries(text) and raws)
        and len(text) >= 3
        and (inside or comparable(text) not in outer)
    ]
    whole_heading = meta.whole_title_heading
    if (
        not h1s
        and whole_heading
        and not any(_names_any_site(part, sites, host) for part in _SEP_RE.split(whole_heading))
    ):
        # The page's heading shows the title whole ('How to … | A beginner's guide'): its last part,
        # naming no site, is the headline's, however short.
        h1s = [(whole_heading, True)]
    heading = meta.heading_title
    if not h1s and heading and not is_site_name(heading, sites, host):
        # The h1 is the site's logo: the article's h2 stands in for it when the titles agree with
        # it or name only the site (an h2 that reads differently may be a section's or a teaser's).
        heading = _clean_h1(heading, social, metas, raws, sites, host)
        stories = [title for title in (*metas, *social) if not is_site_name(title, sites, host)]
        if not stories or max(word_overlap(heading, title) for title in stories) >= 0.8:
            h1s = [(heading, True)]
    # A JSON-LD WebPage name that is not the site's confirms the <title> as the page's own.
    # Titles that only name the site ('Site', 'Site • Site Magazine') name no story either.
    story_keys = {key for key, value in raws.items() if not is_site_name(value, sites, host)}
    if meta.classed_title and not h1s and story_keys <= {"title"} and not _same_story(raw_title, meta.classed_title):
        return meta.classed_title
    # An h1 that og:title/JSON-LD/twitter agree with beats one only the <title> agrees with
    # ('News' matching '<title>News - Site</title>' above the story's own h1). The raw
    # titles count too: an h1 showing 'Name #18 – Topic' whole, as og:title has it, is the headline.
    raw_social = [raws[key] for key in ("og", "ld", "twitter", "dc") if raws.get(key)]
    agreed = [
        (text, inside)
        for text, inside in h1s
        if max((word_overlap(text, m) for m in (*social, *raw_social)), default=0.0) >= 0.8
    ]
    candidates = agreed or h1s
    best_h1: str | None = None
    best_score = best_agreement = 0.0
    # Only a <title> with no og:title/JSON-LD beside it: those name the story themselves.
    title_parts = [] if raw_social else _story_parts(raws.get("title", ""), sites, host)
    for index, (text, inside) in enumerate(candidates):
        agreement = max((word_overlap(text, m) for m in (*metas, *raw_social, *title_parts)), default=0.0)
        if site_part is not None and _holds_other_part(text, raws.get("title", ""), site_part):
            agreement = 1.0
        score = agreement + (0.2 if inside else 0.0) - index * 0.01
        if score > best_score:
            best_h1, best_score, best_agreement = text, score, agreement
    if best_h1 is not None and metas and best_agreement < 0.5 and is_prose(best_h1):
        best_h1 = None  # a description set in the h1: the metadata titles decide
    if best_h1 is not None and (best_score >= 0.5 or not metas):
        if (
            meta.page_title
            and len(best_h1) > len(meta.page_title) + 5
            and comparable(meta.page_title) in comparable(best_h1)
            # A title written for the post alone (its comments feed's or trackback's, a DC or twitter
            # title: page_title is read only where no og:title or JSON-LD is) giving the whole h1
            # shows it is no logo: 'Headline – Its second line'.
            and not any(comparable(raws[key]) == comparable(best_h1) for key in _SOCIAL_KEYS if raws.get(key))
        ):
            return meta.page_title  # an h1 logo holding 'Site | Headline' like the <title>
        return _spelled_as_titles(_with_year(best_h1, metas), metas, copies)
    # The visible headline of the article beats an SEO title that reads differently.
    visible = [
        text
        for text, within in h1s
        if within and _words(text) >= 3 and not is_prose(text) and not _module_title(text, [*metas, *raw_social])
    ]
    if len(visible) == 1:
        return _spelled_as_titles(_with_year(visible[0], metas), metas, copies)
    if metas:
        # A title that is a sentence goes last; titles that agree with each other beat a lone one; og/ld come first.
        ranked = sorted(
            enumerate(metas),
            key=lambda pair: (
                _is_sentence(pair[1]),
                -sum(word_overlap(pair[1], other) >= 0.6 for other in metas),
                -_witnesses(pair[1], metas, copies),
                pair[0],
            ),
        )
        return _shown_head(ranked[0][1], shown if not h1s else None)
    if h1s:
        return h1s[0][0]
    return meta.classed_title or (site_titles[0] if site_titles else "")
