"""Direct quotations in article text, and who said them.

`find_quotes(paragraphs, *, headline=None)` works on plain paragraphs: pure
Python and stdlib `re`, well under a millisecond per paragraph.

The package, in the order a quote passes through it:

- `vocabulary`: the words read (speech verbs once, pronouns, determiners, roles)
  and the regexes built on them;
- `spans`: one span scanner for both quoting styles (double marks, British ‘…’),
  over paragraph breaks;
- `sentences`: paragraphs with quotes masked, sentence starts, name mentions;
- `reading`: one article read once: its masked paragraphs, the names in them
  (roles, ages, full names of bodies) and the record of speech events;
- `subjects`: the subject phrase of a speech verb, before it ("Jo Dee, a
  spokeswoman, said") or after it ("said Jo Dee"), through appositions,
  dashed asides, relative clauses and offices;
- `references`: what a subject refers to (he/she/it/they antecedents,
  organisations, a text's issuer);
- `descriptions`: who a description refers to ("the minister", "the
  56-year-old", "the company"), from how the article introduced people and bodies;
- `continuation`: who a quote with no attribution of its own continues, or
  nobody named when the text turned to somebody unnamed or a written text;
- `resolver`: the `Resolver` the strategies use, built on those, which
  records every speech clause outside quotes as a speech event;
- `attribution`: the strategies, ordered tuples of small functions each trying
  one pattern (after the quote, before it, in its sentence, the next paragraph);
- `finder`: `find_quotes`, which spans are quotes and who speaks the unattributed
  ones (a transcript's turn, the sentence's earlier quote, the latest speaker).

Conventions (kept consistently; the tests and `tests/data/quotes/` follow them):

- Spans: curly “…”, straight "…", „…“, «…» and »…«; a typed " closed by ” is one span; the
  two-character ``…'' and ''…'' (archives), look-alike marks (″ ‟ ＂ 〝〞 ❝❞, not a
  prime after a number), corner brackets 「…」 and marks left as HTML references
  (&quot;, &#8221;) are read as double marks (`spans.read_marks`). Single marks are not span marks
  in a normal article: ‘…’ inside a quote is part of its text, and apostrophes
  (don't, Trump's, ’90s) are letters. An article that quotes with ‘…’ and uses
  double marks only inside them (British style) is read with ‘…’ as the marks
  (doubles nested in a ‘…’ span do not count against the style). In an article
  quoting with double marks, a ‘…’ span introduced by a colon ("Vogt told the
  BBC: ‘…’") or by a reporting verb and a comma ("and I said, ‘I don’t know.’")
  and closed in its paragraph is a quote too. An opening mark typed twice
  (“”This …) opens one span; a paragraph whose first mark closes a quote it never
  opened, right before an attribution ('We needed time," admits Jo Dee'), quotes
  from its start. A term in straight marks (or ″…″) inside a “…”, „…“ or «…» quote
  nests in it, and a “…” pair inside a quote opened with a straight mark nests in it
  when the straight quote closes after it ('"I asked: “Why?” Nobody knew."', also
  when words like an attribution follow the ” and the next mark can only close:
  '"I asked: “Why?” Nobody answered," Toll said.'), or when words other than an
  attribution follow it in a paragraph of a block quote's run (paragraphs each opened with a straight mark). A line
  break inside a paragraph (a page's <br>) is read as a paragraph break for a span
  open there: a line opening with a reopening mark goes on with it,
  and a transcript's turn on its own line is a new quote. A quote left open, followed
  in its paragraph by a new sentence quoting with its own attribution ('… stunned.
  “And she said, ‘…’” Dee said.'), ends before that quote, even when the next
  paragraph opens with a mark.
- One quote per contiguous span: “We will respond,” she said, “but not yet.”
  gives two quotes with the same speaker; the second part is kept however short.
- A paragraph that opens a quote without closing it goes on in the next paragraph
  when that one reopens with a quote mark; the parts are joined with ONE SPACE.
  Without the reopening mark the quote ends with its paragraph, unless the next one's
  first mark closes it ('…harbour.⏎The town has waited,” Lund said.'; so too with the
  close of „…“, »…«, «…» and ”…”).
- `Quote.text` is the words between the marks, whitespace collapsed, a trailing
  comma dropped (“We will respond,” → "We will respond"); a final . ? ! stays. The
  words are those the page printed, findable in its paragraph: marks the scan read
  from HTML references or two apostrophes stay as printed inside the words (We&#39;re),
  a look-alike mark read one for one is the mark it stands for (″…″ → "…").
- Chinese and Japanese words are counted by characters (two to a word); 。？！ close a
  sentence, and the Japanese quoting particle after the marks ('「…」と述べた') marks
  speech.
  The same words quoted twice (a pull quote repeating the body) are one quote.
- Not quotes: quoted terms, scare quotes, titles and nicknames — spans under 4
  words unless they are a whole utterance attached to a reporting verb (“No,”
  she said; “No, Justice Alito,” she said); short spans after "so-called", "calls
  its", "dubbed"…; Title Case spans; titles of any length after "titled", "the
  headline", "motto", "slogan" or a work's noun ("her book “…”", "his album, “…”",
  "a performance of “…”"); words printed on signs and shirts; words the sentence
  talks about ("“…!” is not a compliment", "“Parasite” director", "“Hydrate” was
  his favourite word"); a question the sentence names a question ("the most common
  question is, “…?”"); what the reader might say ("you can say something like,
  “…”", "it's no harder to say “…” than “…”"); words an earlier span quoted already,
  unless attributed anew (a pull quote after the body, an essay dwelling on a
  phrase of a prayer it quoted). A span of 4+ words is a quote when a reporting
  verb or an attribution is in its sentence, a source follows it ("according to
  critics"), a characterising verb closes the sentence with it ("called the attack
  “the act of a coward.”"), or it reads as speech by itself (a whole sentence in
  the marks, or 8+ words); a quotative ("he was like, “Wow.”") makes any span one.
- Speakers are the full name as first mentioned, titles and honorifics dropped
  ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov"; later "Lavrov", "Mr.
  Lavrov" → "Sergei Lavrov"; a surname seen first in the headline takes the
  full name given later). A nickname in marks is no part of the name ("James
  “Jim” Walker" → "James Walker", and "Jim" names him); an apostrophe opening a
  name is ("’Mathabo Letsie"); a part of a compound surname names its bearer
  ("Gonzalez", "López de la Cruz"). Known given names listed before one surname
  share it ("Jane and John Smith" … "Jane said" → "Jane Smith"); another word
  there keeps its own name ("Merkel and Emmanuel Macron"). Of people sharing a
  surname, the bare surname is the one introduced first (one named only in
  passing, "signed by President Franklin Roosevelt", yields to a later subject);
  an honorific's gender ("Mr. Smith"), a given name or an initial picks another;
  "the elder Smith" / "the younger Smith" the parent or child of them. A headline's
  short name takes the full name the story gives ("Chen" → "Chen Yuxin", "Salgado" →
  "Joaquín Salgado Muñoz"); a double given name names its bearer ("María José"); a
  name the text says someone goes by ("— Mestre Tião to everyone —", "Everyone calls
  her Dona Graça") names them; a company goes by its first word ("Veldhoven").
  Attribution is looked for right after the quote
  (“…,” Doe said / said Jane Doe, a spokeswoman / “…” — Jane Doe), then before
  it in its sentence (Doe told Reuters: “…” / According to Doe, “…” / Lavrov
  noted, “…”), then as the subject of the sentence of a partial quote.
  A verb joined by "and"/"but", or a participle ("…, saying", "issued a
  statement saying", "adding that"), takes the subject opening the sentence; a
  second partial quote in one sentence keeps the first one's speaker; a named
  reporter before a partial quote outranks an unnamed source after it. Party
  tags ("Rep. Gwen Moore (D-Wis.) said") and appositions between a name and its
  verb are looked through ("Harry Bond, 30, of Raleigh, N.C., who was polled,
  said"), dashed ones too ("A former candidate -- John Doe, who lost in 2008 --
  said" → John Doe; "Doe — twice passed over — told"). "said Florida's Rick
  Wilson" names Wilson. A name right after the verb
  and followed by a verb of its own is the reported clause's subject, not the
  speaker ("Massie now said Trump had “…”" → Massie). Names after told/asked or
  a preposition, with a role phrase between ("told Fox News host Sean Hannity",
  "told CNN's Jake Tapper"), are objects and never inherit a quote. A
  description opening the sentence ("The Florida senator …, saying “…”")
  speaks its partial quotes. A Title Case headline is not read for names.
- Pronouns (he/she) resolve to the subject of the latest sentence naming a person
  or reporting speech, at most two paragraphs back, checked against he/she when
  honorifics, roles or common first names say. The main clause's subject beats a
  person in a when/where/who… clause ("Ryan …, and when Tapper asked …, he said"
  → Ryan). When an unnamed person spoke after anybody named ("a spokesperson
  for Acme said …"), a he/she is that person: nobody named.
- Interview transcripts: a quote opening with a capitalised label ("WALLACE: …")
  is that person's turn, resolved to the full name if known ("PENCE:" → "Mike
  Pence"), else the label in title case ("Wallace"); a reopening mark followed
  by a new label starts a new quote rather than continuing the last one.
  A title in the label is dropped ("MR. O'NEILL:" → "O'Neill"); "VIDEO:",
  "CROSSTALK:", "PARTICIPANT:", "MODERATOR:" and other roles → None. "it" resolves to a recent
  organisation; "they", "I", "we" to nobody.
- Descriptions ("the minister", "the 56-year-old", "the Italian") resolve to the
  person with that role or age, else to the person the sentence before is about.
- Organisations speak under their proper name without "the" ("the Kremlin said"
  → "Kremlin"; "the ministry said" → the ministry named earlier, e.g. "Foreign
  Ministry", else None). Unnamed sources ("an official said", "officials said") →
  None. "The report said" is the text of the organisation shown issuing one in
  the three paragraphs before ("Acme's yearly report", "Acme … in its report"),
  else None.
- A quote with no attribution of its own that starts a sentence continues the
  latest speaker, or the person named as a subject since then ("For Greta Varga,
  …," frames count; a name after its/his/her/their is a thing owned) or turned to
  as a he/she who is somebody else ("She is not convinced."), looking two
  paragraphs back at most; nothing older is used. An unnamed source in between
  ("one resident said") stops the inheritance, and so does a sentence about
  somebody unnamed or a text ("One fisherman … was blunt.", "Critics …", "A
  letter signed by forty residents …", "According to the complaint, …"; not a
  picture's caption): the quote is then nobody's named, as is one its own
  sentence gives to a text ("A sign reads: “…”", "“…,” read one comment"). A
  paragraph that is only a question, after an answer to somebody else's
  question, is the questioner again. A quote opening its paragraph before
  anybody is named (a profile's pull quote) is the person named first after it,
  when the article quotes that person later.
"""

from newstui.extract.quotes.finder import find_quotes

__all__ = ["find_quotes"]
