"""Quote spans and speakers measured on PolNeAR (hand-annotated attributions in US news).

Run: python bench/speaker_polnear.py [-v] [--kinds] [--cache=DIR] POLNEAR SPLIT[,SPLIT…]
  POLNEAR: a PolNeAR checkout or bare git mirror (e.g. /work/.mirror/networkdynamics+PolNeAR/repo);
  SPLIT: train, dev or test. -v lists every wrong speaker and missed quote (never use it on test);
  --kinds prints the misses by kind (train and dev only); --cache=DIR (outside the
  repository) keeps the gold read from POLNEAR, keyed by this script's text.

No PolNeAR text or label is kept in the repository: everything is read from POLNEAR.

Gold, per article (data/SPLIT/text/*.txt: headline line, paragraphs split by blank lines;
data/SPLIT/attributions/*.ann, brat; of several annotators' files, the one whose
annotator id sorts first):

- a gold quote is a span between double quote marks (“…”, straight "…" paired in a
  paragraph, or the two-character ``…'' and ''…'') lying mostly inside the Content of
  an attribution; a span left open at its paragraph's end and reopened by the next paragraph is one quote (newstui's
  convention). Spans under 4 words are "short" (newstui drops quoted terms under 4
  words unless a whole utterance): found ones count, missed ones are reported apart.
- its speaker is the attribution's Source, read with CoreNLP's tokens and NER
  (data/SPLIT/corenlp). The Source is cut into parts at commas, brackets and dashes,
  relative clauses ("who …") dropped; the first part headed by a PERSON/ORGANIZATION
  run (else a run of capitalised proper nouns NER left out: "Pence", "HuffPollster"),
  not after a preposition ("Secretary of State Jo Dee" → Jo Dee; "a spokesman for
  Acme" → none), is a "name". A part opening with a/an/one/another/some is never one
  ("a New Hampshire Democrat"). A name then a body noun, after "the" or a possessive
  ("Trump's campaign", "the Acme board"), is "a name's body". A pronoun (he, she,
  they, I, we, which …), or a Source with no name, takes the nearest named mention of
  the CoreNLP coreference chain of the mention starting where the Source starts
  ("pronoun>name", "description>name"). Without one, a pronoun, a definite
  description ("the senator", "the report", "his aides") or an attribution with no
  Source is unscored ("? …": who it is cannot be told); any other Source with no name
  ("a spokesman", "one source", "officials") is "unnamed" (newstui names nobody for
  an unnamed source: None is right).

Matching a found quote to gold: the gold quote in the same paragraph sharing at least
half its words. Matching speakers (folded: lower case, no accents, no possessive 's):
- name: the gold name's last word is one of the found speaker's words, and their first
  words do not differ when both have two or more ("Bill Clinton" is not "Hillary Clinton");
- a name's body: the same test on the name (the person or the body named is right);
- unnamed: None is right, and so is a name standing in the Source ("a spokesman for
  Acme" → "Acme"), counted apart.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newstui.extract.quotes.finder import traced_quotes  # noqa: E402
from newstui.model import Quote  # noqa: E402

PRONOUNS = frozenset(
    "he she they i we it you him her them me us his hers their its our my who himself herself themselves which "
    "another".split()
)
NAME_NER = ("PERSON", "ORGANIZATION")
BODY_NOUNS = frozenset(
    "campaign campaigns team office staff camp administration website site board committee group "
    "organization foundation spokesman spokeswoman spokesperson aides".split()
)
"""Heads of a name's body: "Trump's campaign", "the Acme board" (its spokesperson speaks for it)."""
TITLES = frozenset(
    "jr sr the mr mrs ms dr gov sen rep president former secretary speaker host senator governor "
    "representative gen lt col sgt judge justice rev mayor chairman professor prof admiral adm dean".split()
)
DEFINITE = frozenset("the this that these those his her its their our my your".split())
CORE_CUT = re.compile(r",|\(|\s(?:who|which|that|for|of|at|from|with|in|on|to|and)\s|\s[-–—]+\s", re.I)


# ---------------------------------------------------------------- reading the set


class Store:
    """Files of a PolNeAR checkout or bare git mirror, read by path inside it."""

    def __init__(self, root: str) -> None:
        self.root = Path(root)
        self.bare = not (self.root / "data").is_dir()
        self._proc: subprocess.Popen[bytes] | None = None

    def list(self, folder: str) -> list[str]:
        if not self.bare:
            return sorted(str(p.relative_to(self.root)) for p in (self.root / folder).iterdir())
        out = subprocess.run(
            ["git", "--git-dir", str(self.root), "ls-tree", "--name-only", f"HEAD:{folder}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return sorted(f"{folder}/{n}" for n in out.split("\n") if n)

    def read(self, path: str) -> str:
        if not self.bare:
            return (self.root / path).read_text(encoding="utf-8")
        if self._proc is None:
            self._proc = subprocess.Popen(
                ["git", "--git-dir", str(self.root), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(f"HEAD:{path}\n".encode())
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().split()
        if len(header) < 3:
            raise FileNotFoundError(path)
        data = self._proc.stdout.read(int(header[2]))
        self._proc.stdout.read(1)
        return data.decode("utf-8")


@dataclass
class Token:
    start: int
    end: int
    word: str
    pos: str
    ner: str


@dataclass
class CoreNLP:
    tokens: list[Token]
    sentences: list[list[int]]
    """Per sentence, its tokens' indices into `tokens`."""
    chains: list[list[tuple[int, int, int]]]
    """Per coreference chain, its mentions (first token, end token, head token), representative first."""


def read_corenlp(xml: str) -> CoreNLP:
    root = ET.fromstring(xml)
    tokens: list[Token] = []
    sentences: list[list[int]] = []
    for sent in root.iter("sentence"):
        toks = sent.find("tokens")
        if toks is None:
            continue
        ids: list[int] = []
        for t in toks.iter("token"):
            ids.append(len(tokens))
            tokens.append(
                Token(
                    int(t.findtext("CharacterOffsetBegin", "0")),
                    int(t.findtext("CharacterOffsetEnd", "0")),
                    t.findtext("word", ""),
                    t.findtext("POS", ""),
                    t.findtext("NER", "O"),
                )
            )
        sentences.append(ids)
    chains: list[list[tuple[int, int, int]]] = []
    coref = root.find("document/coreference")
    for chain in coref.findall("coreference") if coref is not None else []:
        mentions: list[tuple[int, int, int]] = []
        for m in chain.findall("mention"):
            s = sentences[int(m.findtext("sentence", "1")) - 1]
            first, end, head = (int(m.findtext(k, "1")) - 1 for k in ("start", "end", "head"))
            item = (s[first], s[end - 1] + 1, s[head])
            if m.get("representative") == "true":
                mentions.insert(0, item)
            else:
                mentions.append(item)
        chains.append(mentions)
    return CoreNLP(tokens, sentences, chains)


def read_ann(text: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Attributions of a brat file: per event, role → character spans (Source, Cue, Content)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, list[tuple[int, int]]]] = []
    lines = text.split("\n")
    for line in lines:
        if re.match(r"T\d+\t", line):
            tid, _, rest = line.partition("\t")
            head = rest.split("\t")[0]
            _, _, offsets = head.partition(" ")
            if head.startswith(("Source ", "Cue ", "Content")):
                spans[tid] = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
    for line in lines:
        if re.match(r"E\d+\tAttribution", line):
            event: dict[str, list[tuple[int, int]]] = {}
            for arg in line.split("\t")[1].split():
                role, _, tid = arg.partition(":")
                role = role.rstrip("0123456789")
                if role != "Attribution" and tid in spans:
                    event.setdefault(role, []).extend(spans[tid])
            events.append(event)
    return events


# ---------------------------------------------------------------- gold


@dataclass
class GoldQuote:
    paragraph: int
    text: str
    short: bool
    speaker: tuple[str, ...] | None
    """Folded words of the gold name; None for an unnamed source or an unscored one."""
    kind: str
    """name, pronoun>name, description>name, body, unnamed, ?"""
    source: str
    hints: tuple[str, ...] = ()
    """Folded words of a name inside an unnamed source ("a spokesman for Acme" → acme)."""


@dataclass
class Article:
    name: str
    headline: str
    paragraphs: list[str]
    gold: list[GoldQuote]
    unlabelled: list[tuple[int, str]] = field(default_factory=list)
    """Quote spans in no attribution's Content (scare quotes, titles, or not annotated)."""


def fold(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return tuple(re.sub(r"'s$", "", w) for w in re.findall(r"[\w'.-]+", text) if w not in ("'s", "."))


def _paragraphs(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Headline and (start offset, text) of each paragraph (stripped)."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        block = m.group()
        if block.strip():
            lead = len(block) - len(block.lstrip())
            out.append((m.start() + lead, block.strip()))
    return out[0][1], out[1:]


TWO_MARKS = ("``", "''")
"""Double marks typed as two characters (``…'' and ''…'', the style of some archives)."""


def _quote_spans(paras: list[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) in article offsets of the words inside double marks; a
    span open at its paragraph's end goes on when the next paragraph opens with a mark."""
    found: list[tuple[int, int, int]] = []
    carry: tuple[int, int] | None = None  # (paragraph, start) of an open span
    for k, (base, p) in enumerate(paras):
        i = 0
        if carry is not None and not p.startswith(("“", '"', *TWO_MARKS)):
            found.append((carry[0], carry[1], paras[k - 1][0] + len(paras[k - 1][1])))
            carry = None
        elif carry is not None:
            i = 2 if p.startswith(TWO_MARKS) else 1
        opened: int | None = None if carry is None else 0
        while i < len(p):
            c = p[i]
            two = p.startswith(TWO_MARKS, i)
            after = i + 2 if two else i + 1
            ends_word = after == len(p) or not p[after].isalnum()
            if opened is None and (c in '“"' if not two else i == 0 or not p[i - 1].isalnum()):
                opened = after
            elif opened is not None and (c == "”" or c in "\"'" and ends_word and (two or c == '"')):
                if carry is not None:
                    found.append((carry[0], carry[1], base + i))
                    carry = None
                else:
                    found.append((k, base + opened, base + i))
                opened = None
            elif opened is not None and c == "“" and carry is None:
                opened = i + 1  # a stray opener: restart
            i = after
        if opened is not None and carry is None:
            carry = (k, base + opened)
    if carry is not None:
        found.append((carry[0], carry[1], paras[-1][0] + len(paras[-1][1])))
    return found


def _core(text: str) -> str:
    m = CORE_CUT.search(" " + text + " ")
    return text if m is None else text[: max(m.start() - 1, 0)]


def _tokens_in(nlp: CoreNLP, start: int, end: int) -> list[int]:
    return [i for i, t in enumerate(nlp.tokens) if t.start >= start and t.end <= end]


def _name_run(nlp: CoreNLP, ids: list[int]) -> list[int]:
    """The last PERSON/ORGANIZATION run among `ids`."""
    runs: list[list[int]] = []
    for i in ids:
        if nlp.tokens[i].ner in NAME_NER:
            if runs and runs[-1][-1] == i - 1 and nlp.tokens[runs[-1][-1]].ner == nlp.tokens[i].ner:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs[-1] if runs else []


def _name_words(nlp: CoreNLP, run: list[int]) -> tuple[str, ...]:
    words = fold(" ".join(nlp.tokens[i].word for i in run))
    return tuple(w for w in words if w.rstrip(".") not in TITLES) or words


def _chain_name(nlp: CoreNLP, ids: list[int]) -> tuple[str, ...] | None:
    """The name of the nearest named mention before the source in the coreference chain
    of the longest mention starting where the source starts (else the chain's first
    named mention)."""
    if not ids:
        return None
    here = ids[0]
    best: tuple[int, list[tuple[int, int, int]]] | None = None
    for chain in nlp.chains:
        for a, b, _ in chain:
            if a == here and b <= ids[-1] + 1 and (best is None or b > best[0]):
                best = (b, chain)
    if best is None:
        return None
    named: list[tuple[int, tuple[str, ...]]] = []
    for a, b, head in best[1]:
        run = _name_run(nlp, list(range(a, b)))
        if run and nlp.tokens[head].ner in NAME_NER and head in run:
            named.append((a, _name_words(nlp, run)))
    before = [n for n in named if n[0] < here]
    if before:
        return max(before)[1]
    return named[0][1] if named else None


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The Source's parts between commas, brackets and dashes, without relative clauses."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^,()\[\]—–]+", text[a:b]):
        part = m.group()
        start = a + m.start() + len(part) - len(part.lstrip())
        if not part.strip() or re.match(r"(?:who|which|that|whose)\b", part.strip(), re.I):
            continue
        out.append((start, start + len(part.strip())))
    return out


def _head_run(nlp: CoreNLP, ids: list[int]) -> tuple[list[int], list[str]]:
    """The name heading a chunk (the last PERSON/ORGANIZATION run, else run of capitalised
    proper nouns, not after a preposition: "Secretary of State Jo Dee" → Jo Dee, "a
    spokesman for Acme" → none) and the common nouns after it before any preposition
    ("Acme's campaign")."""
    runs = _runs(ids, lambda i: nlp.tokens[i].ner in NAME_NER)
    runs = [r for r in runs if not _after_preposition(nlp, ids, r)]
    if not runs:
        runs = _runs(ids, lambda i: nlp.tokens[i].pos.startswith("NNP") and nlp.tokens[i].word[:1].isupper())
        runs = [r for r in runs if not _after_preposition(nlp, ids, r)]
        runs = [r for r in runs if all(nlp.tokens[i].ner in ("O", *NAME_NER) for i in r) or len(r) == len(ids)]
    if ids and nlp.tokens[ids[0]].word.lower() in ("a", "an", "one", "another", "some"):
        runs = []  # "a New Hampshire Democrat", "one Acme official": a description, not a name
    if not runs:
        return [], []
    run = runs[-1]
    tail: list[str] = []
    for i in ids:
        if i <= run[-1]:
            continue
        if nlp.tokens[i].pos in ("IN", "TO", "CC", "WDT", "WP"):
            break
        if nlp.tokens[i].pos.startswith("NN"):
            tail.append(nlp.tokens[i].word.lower())
    return run, tail


def _runs(ids: list[int], keep: Callable[[int], bool]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in ids:
        if keep(i):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


def _after_preposition(nlp: CoreNLP, ids: list[int], run: list[int]) -> bool:
    i = run[0] - 1
    while i in ids and nlp.tokens[i].pos in ("DT", "POS", "PRP$", "JJ"):
        i -= 1
    return i in ids and nlp.tokens[i].pos in ("IN", "TO")


def _proper_run(nlp: CoreNLP, ids: list[int]) -> list[int]:
    """The last run of proper nouns among `ids` (a name NER left out: "Pence", "HuffPollster")."""
    proper = [i for i in ids if nlp.tokens[i].pos.startswith("NNP") and nlp.tokens[i].ner in ("O", *NAME_NER)]
    if not proper:
        return []
    run = [proper[-1]]
    while run[0] - 1 in proper:
        run.insert(0, run[0] - 1)
    return run


def _speaker(
    text: str, src: list[tuple[int, int]], nlp: CoreNLP | None
) -> tuple[tuple[str, ...] | None, str, tuple[str, ...]]:
    """(folded gold name or None, kind, hints) of a Source."""
    if not src or nlp is None:
        return None, "? no source", ()
    a, b = src[0][0], src[-1][1]
    words = text[a:b]
    all_ids = _tokens_in(nlp, a, b)
    folded = fold(words)
    if folded and all(w in PRONOUNS for w in folded):
        name = _chain_name(nlp, all_ids)
        return (name, "pronoun>name", ()) if name else (None, "? pronoun, no named chain", ())
    body: tuple[str, ...] = ()
    for x, y in _chunks(text, a, b):
        ids = _tokens_in(nlp, x, y)
        run, tail = _head_run(nlp, ids)
        if not run:
            continue
        if not tail:
            return _name_words(nlp, run), "name", ()
        if tail[-1] in BODY_NOUNS and nlp.tokens[run[-1]].ner in NAME_NER:
            body = body or _name_words(nlp, run)
    first = folded[0] if folded else ""
    definite = first in DEFINITE or "'s" in words.replace("’", "'")
    if body and definite:
        return body, "body", ()  # "Trump's campaign", "the Acme board"
    name = _chain_name(nlp, all_ids)
    if name:
        return name, "description>name", ()
    if definite or not any(nlp.tokens[i].pos.startswith("NN") for i in all_ids):
        return None, "? description, no chain", ()  # "the senator" with no chain: who it is cannot be told
    hints = _name_words(nlp, _name_run(nlp, all_ids))
    return None, "unnamed", hints


def read_article(store: Store, split: str, stem: str, ann_file: str) -> Article:
    text = store.read(f"data/{split}/text/{stem}.txt")
    headline, paras = _paragraphs(text)
    events = read_ann(store.read(ann_file))
    spans = _quote_spans(paras)
    nlp: CoreNLP | None = None
    gold: list[GoldQuote] = []
    unlabelled: list[tuple[int, str]] = []
    for k, a, b in spans:
        inside = set(range(a, b))
        if not text[a:b].strip():
            continue
        best, overlap = None, 0
        for ev in events:
            cover = sum(len(inside & set(range(x, y))) for x, y in ev.get("Content", []))
            if cover > overlap:
                best, overlap = ev, cover
        words = " ".join(text[a:b].split())
        if best is None or overlap * 2 < len(text[a:b].strip()):
            unlabelled.append((k, words))
            continue
        if nlp is None:
            try:
                nlp = read_corenlp(store.read(f"data/{split}/corenlp/{stem}.txt.xml"))
            except FileNotFoundError:
                nlp = None
        src = sorted(best.get("Source", []))
        name, kind, hints = _speaker(text, src, nlp)
        source = " ".join(text[src[0][0] : src[-1][1]].split()) if src else ""
        short = len(re.findall(r"\w+", words)) < 4
        gold.append(GoldQuote(k, words, short, name, kind, source, hints))
    return Article(stem, headline, [p for _, p in paras], gold, unlabelled)


def read_split(root: str, split: str, cache: str | None = None) -> list[Article]:
    """The articles of one split, each with the annotation of the first annotator id;
    with `cache` (a folder outside the repository), the gold read once is kept there."""
    store = Store(root)
    if cache is not None:
        key = hashlib.sha1(f"{Path(root).resolve()}:{split}:{Path(__file__).read_bytes()!r}".encode()).hexdigest()
        path = Path(cache) / f"polnear-{split}-{key[:12]}.pkl"
        if path.exists():
            with path.open("rb") as f:
                loaded: list[Article] = pickle.load(f)
                return loaded
        arts = read_split(root, split)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(arts, f)
        return arts
    anns: dict[str, str] = {}
    for path in store.list(f"data/{split}/attributions"):
        stem = Path(path).name.removesuffix(".ann").rsplit("_", 1)[0]
        anns.setdefault(stem, path)  # sorted: the first annotator id
    return [read_article(store, split, stem, anns[stem]) for stem in sorted(anns)]


# ---------------------------------------------------------------- scoring


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def match_quote(q: Quote, gold: list[GoldQuote]) -> GoldQuote | None:
    qw = _words(q.text)
    best = None
    for g in gold:
        if g.paragraph != q.paragraph:
            continue
        gw = _words(g.text)
        shared = len(gw & qw)
        if (
            shared * 2 >= max(len(gw), 1)
            and shared * 2 >= max(len(qw), 1) // 2
            and (best is None or len(_words(best.text) & qw) < shared)
        ):
            best = g
    return best


def same_name(found: str | None, want: tuple[str, ...]) -> bool:
    if found is None or not want:
        return False
    got = fold(found)
    if want[-1] not in got:
        return False
    return not (len(got) > 1 and len(want) > 1 and got[0] != want[0] and got[0] not in want and want[0] not in got)


def verdict(q: Quote, g: GoldQuote) -> str:
    """right / wrong / right-hint / unscored, for a found quote matched to `g`."""
    if g.kind.startswith("?"):
        return "unscored"
    if g.kind == "unnamed":
        if q.speaker is None:
            return "right"
        return "right-hint" if g.hints and same_name(q.speaker, g.hints) else "wrong"
    assert g.speaker is not None
    return "right" if same_name(q.speaker, g.speaker) else "wrong"


def miss_kind(q: Quote, g: GoldQuote, how: str) -> str:
    if q.speaker is None:
        return f"nobody named, gold {g.kind}"
    if g.kind == "unnamed":
        return "somebody named, gold unnamed source"
    return f"another named, gold {g.kind}"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    kinds_wanted = "--kinds" in argv
    cache = next((a.partition("=")[2] for a in argv if a.startswith("--cache=")), None)
    args = [a for a in argv if not a.startswith("-")]
    root, splits = args[0], args[1].split(",")
    for split in splits:
        if split == "test" and (verbose or kinds_wanted):
            print("test is held out: summary only")
            verbose = kinds_wanted = False
        t0 = time.perf_counter()
        arts = read_split(root, split, cache)
        t_read = time.perf_counter() - t0
        stats: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        gold_kinds: Counter[str] = Counter()
        hows_wrong: Counter[str] = Counter()
        missed_long: list[str] = []
        t_find = 0.0
        for art in arts:
            t1 = time.perf_counter()
            traced = traced_quotes(art.paragraphs, headline=art.headline)
            t_find += time.perf_counter() - t1
            left = list(art.gold)
            stats["gold"] += sum(not g.short for g in art.gold)
            stats["gold short"] += sum(g.short for g in art.gold)
            stats["found"] += len(traced)
            for g in art.gold:
                gold_kinds[g.kind] += 1
            for q, how in traced:
                g = match_quote(q, left)
                if g is None:
                    unl = next(
                        (u for u in art.unlabelled if u[0] == q.paragraph and _words(u[1]) & _words(q.text)), None
                    )
                    stats["found unlabelled span" if unl else "found other"] += 1
                    if verbose:
                        print(f"  FP {art.name} p{q.paragraph} {'(unlabelled span) ' if unl else ''}{q.text[:70]!r}")
                    continue
                left.remove(g)
                stats["matched"] += 1
                stats["matched short" if g.short else "matched long"] += 1
                v = verdict(q, g)
                stats[v] += 1
                stats[f"{g.kind} {v}"] += 1
                if v == "wrong":
                    kinds[miss_kind(q, g, how)] += 1
                    hows_wrong[how.split(":")[0] + ":" + (how.split(":")[1] if ":" in how else "")] += 1
                    if verbose:
                        print(
                            f"  WRONG {art.name} p{q.paragraph} [{how}] got {q.speaker!r} want {g.kind} "
                            f"{' '.join(g.speaker or ())!r} (source {g.source!r}): {q.text[:60]!r}"
                        )
            for g in left:
                stats["missed short" if g.short else "missed long"] += 1
                if verbose and not g.short:
                    missed_long.append(f"  MISSED {art.name} p{g.paragraph} ({g.source!r}): {g.text[:70]!r}")
        scored = stats["right"] + stats["right-hint"] + stats["wrong"]
        ok = stats["right"] + stats["right-hint"]
        recall = stats["matched long"] / max(stats["gold"], 1)
        precision = stats["matched"] / max(stats["found"], 1)
        print(
            f"{split}: {len(arts)} articles; quotes gold {stats['gold']} (+{stats['gold short']} short), "
            f"found {stats['found']}, recall {recall:.3f}, precision {precision:.3f}; "
            f"speaker right {ok}/{scored} = {ok / max(scored, 1):.3f} "
            f"(unscored '?' {stats['unscored']}); find {t_find * 1000 / max(len(arts), 1):.1f} ms/article"
        )
        if split == "test":
            continue
        print(
            f"  found not matched: {stats['found unlabelled span']} on a span in no Content (scare quote, title "
            f"or not annotated), {stats['found other']} other; short gold found {stats['matched short']}, "
            f"missed {stats['missed short']}; long gold missed {stats['missed long']}; read {t_read:.1f} s"
        )
        print("  gold speaker classes (all gold quotes): " + ", ".join(f"{k} {n}" for k, n in gold_kinds.most_common()))
        classes = sorted({k.rsplit(" ", 1)[0] for k in stats if k.endswith((" right", " wrong", " right-hint"))})
        for c in classes:
            r, h, w = stats[f"{c} right"], stats[f"{c} right-hint"], stats[f"{c} wrong"]
            extra = f" (+{h} naming the body inside the source)" if h else ""
            print(f"  speaker on {c:<18} right {r + h:>4}{extra} wrong {w:>4}")
        if kinds_wanted:
            print("  wrong speakers by kind:")
            for k, n in kinds.most_common():
                print(f"    {k:<50} {n:>4}")
            print("  wrong speakers by mechanism:")
            for k, n in hows_wrong.most_common():
                print(f"    {k:<50} {n:>4}")
        for line in missed_long:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
