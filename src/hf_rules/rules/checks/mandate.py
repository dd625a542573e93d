"""A forum's mandate covers the agreed items, and does not weaken them.

An item is given one of four ways (``wording``, ``any_of``, ``verb``, or a declared ``duty``, alone or beside one
of the three):

- ``wording``: the agreement's own words for the point, held by the pack (alternatives allowed,
  e.g. for an inflected form). A mandate entry has the point when it contains one wording as a
  run of whole words, case, punctuation and spacing aside: "Ivareta samhandlingsavtaler" has
  ``ivareta samhandlingsavtaler``; "Orienteres om samhandlingsavtaler" and "Vurdere
  brukermedvirkning" do not. An entry that has the point may weaken it; the point is then
  reported as weakened, with the entry, not as met. What weakens it is looked for in the
  point's own sentence (up to a semicolon, colon, full stop or dash; a comma or a parenthesis
  does not end it, nor does a dash before a tail of one to four words that closes the entry:
  "Utvikle strategiar og handlingsplanar – ved behov" weakens the point), outside the wording:

  - a qualifier of ``weakened_by`` (``der det er hensiktsmessig``, ``ved behov``). Left out,
    ``weakened_by`` is the common ones in bokmål and nynorsk: ``ved behov``, ``etter behov``,
    ``om nødvendig``/``om naudsynt``, ``om mulig``/``om mogleg``, ``dersom mulig``/``dersom
    mogleg``, ``så langt det er mulig``/``mogleg``, ``der det er hensiktsmessig``/``tenleg``,
    ``dersom``/``når tiden tillater``, ``ved anledning``/``ved høve``, ``evt``, ``eventuelt``,
    ``kan``, and the words that make the point a condition: ``dersom``, ``hvis``, ``viss``,
    ``når``, ``såfremt``/``såframt``, ``forutsatt at``/``føresett at``, ``med mindre``, ``i den
    grad``, ``på``/``etter forespørsel`` (``førespurnad``); given, exactly the listed ones
    (``[]`` for none, where the agreement's point carries a qualifier of its own). A wording may
    so carry a qualifier of the agreement's own ("… og ved behov til partnerskapsmøtet" for "og
    evt. partnerskapsmøtet");
  - a negation, without being listed: ``ikke``, ``ikkje`` or ``aldri`` before or after the
    wording ("Skal ikkje førebu dialogmøtet", "Skal ikkje lenger godkjenne handlingsplanar",
    "Ikkje ansvarleg for at det utpeikast representantar …", "Delegere oppgåver til FSU er
    ikkje lenger SSU si oppgåve", "… følges opp av FSU-ene, ikke av SSU");
  - a word that cancels the point, wherever it stands in the point's sentence, without being
    listed: ``bortfaller``/``bortfell``, ``faller``/``fell bort``, ``avvikles``/``avviklast``,
    ``opphører``/``opphøyrer``, ``utgår``, ``går ut``, ``oppheves``/``opphevast``,
    ``strykes``/``strykast``, ``tas ut``/``blir tatt ut``/``vert teke ut`` ("Drøfte mål og rammer
    for helsefellesskapet bortfaller som oppgave", "Myndigheten til å beslutte saker … bortfaller").

  A single word (a negation, ``kan``, ``evt``) counts only outside a subordinate clause: one
  that starts at ``som``, ``der``, ``dersom``, ``når``, ``hvis``, ``viss``, ``fordi`` or
  ``enn`` before the point, or after it ("Følgje opp saker som ikkje er løyste og førebu
  dialogmøtet", "Førebu dialogmøtet, som ikkje kan flyttast" keep the point), and not after an
  ``og``, ``samt`` or ``eller`` that follows the point, which opens the next point ("Belyse
  temaer og kan gi råd" keeps "belyse temaer"). A word that opens
  a condition (``dersom``, ``hvis``, ``viss``, ``når``) is itself such a clause and weakens the
  point wherever it stands in the sentence ("Initiere utviklingsarbeid dersom partene ønskjer
  det", "… når SSHF ber om det"); so does a temporal ``når`` ("Førebu saker når møtet skal
  haldast"): give ``weakened_by`` without it where the agreement's own point has one. The verb
  «nå» (*reach*) is no condition: ``når`` is read as the verb where the word before it is its
  subject — a pronoun (``vi``, ``me``, ``de``, ``dei``, ``alle``), a definite plural
  («partene», «kommunane») or a body («helseforetaket», «utvalet») — and what follows is its
  object ("Ha felles dialog om strategiske saker, slik at partene når felles mål" keeps the
  point). It stays the condition at the start of a clause or after a comma ("Når saka krev det,
  …"), after any other word ("kun når …", "saker når møtet skal haldast"), before ``det``,
  ``behov``, ``tiden`` or a pronoun ("kommunane når det er behov", "… når dei ber om det"), and
  before a subject with its own verb ("tenestene når pasienten blir skriven ut", "… når
  avtalen revideres"). A limit of this reading: after a definite plural, an indefinite
  subject and its verb («kommunene når avtaler revideres») reads as the verb; a qualifier of
  several words is read as written, so give such a point ``weakened_by`` with the condition's
  words beside the common ones (``når avtaler``).

  A wording met only where it opens a relative clause about something else — right after
  ``som`` or ``der``, or after one of them and an auxiliary (``er``, ``har``, ``skal`` …) —
  is not the entry's point: "Rapportere til partnarskapsmøtet, som er styringsorgan for
  FOUSAM" does not have "styringsorgan for FOUSAM". A missing point is reported as missing.
  Where the agreement's own point is a relative clause («belyse temaer som fremmer
  samhandling»), take the relative word into the wording (``temaer som fremmer samhandling``):
  it then no longer opens the clause. «som» before examples — «som for eksempel», «som f.eks.»,
  «(slik) som til dømes», «som blant annet» — opens no relative clause, for every reading:
  "Etablere fora for samhandling som for eksempel faglige samarbeidsutvalg" is the forum's
  point.
- ``any_of`` (the looser form): alternative phrasings of key words; one matches a mandate entry
  when every word of it starts a word of the entry, in any order and with other words between
  (so ``initier utviklingsarbeid`` matches "Initiere og følge opp utviklingsarbeid"). A key word
  is a stem: it matches **any word that starts with it**, a compound or an unrelated word too
  (``plan`` finds «planlegge», ``forankr`` «forankringen»). A key word of three letters or fewer
  is the exception: it matches the whole word, or the word with an inflection ending (``-e``,
  ``-a``, ``-r``, ``-t``, ``-n``, ``-s``, ``-er``, ``-ar``, ``-et``, ``-en``, ``-es``, ``-as``,
  ``-te``, ``-de``, ``-tt``, ``-dd``, ``-ne``, ``-ene``, ``-ane``, ``-ast``, ``-est``,
  ``-ende``, ``-ande``, ``-je``, ``-jer``, ``-jast``), never the start of a longer word: ``råd``
  finds «råd», «rådet», «rådene», not «rådmennene» nor «rådgivende» (write ``rådgi`` and ``gi råd``); ``gi``
  finds «gi», «gir», «gis», «gitt». The same holds for the key words of ``object``. A negation,
  a qualifier of ``weakened_by`` or a condition in the sentence of those words weakens it as it
  does a ``wording``; and key words met only where they open a relative clause about something
  else, as a wording above, are not the entry's point ("Gi innspill til FSU, som følgjer opp
  delavtalen" lacks ``følg delavtal``). Use it where the mandate will not repeat the agreement's own words (the
  source is a page that restates them); ``wording`` is the stricter reading of the agreement's
  own words.

- ``verb`` with ``object`` ("this verb with this object"): the point is done by this verb —
  any of its forms, infinitive, present, s-passive, past and participle, bokmål and nynorsk
  (``gi`` finds «gi», «gir», «gis», «gav», «gitt», «gje», «gjev», «gjeve»; ``beslutte``
  «besluttar», «besluttes», «besluttet»; ``vedta`` «vedtar», «vedtek», «vedtok», «vedteke»), and
  never a noun of its stem («beslutning», «vedtak», «drøfting»), nor a compound that only
  contains it — and the words of one ``object`` phrasing (key words, each starting a word, as
  ``any_of``) stand in the phrase that verb governs: after it («beslutte i saker …»: past an «i»
  right after it), up to a preposition that starts another object (``om``, ``fra``/``frå``,
  ``til``, ``i``, ``på``, ``for``, ``hos`` …, and ``av`` or ``med`` but right after the object's
  noun, where they say what the object is or has: «saker med større økonomiske konsekvenser»,
  «saker av prinsipiell karakter» are the object's own words), a clause boundary, a subordinate clause, ``at`` or ``å``, or an ``og``, ``eller``,
  ``samt`` or comma before the next verb (one of the verbs mandates start points with —
  ``motta``, ``vedta``, ``følge``, ``drøfte``, ``vurdere``, ``godkjenne`` …, an auxiliary, or the
  item's own verb). A restrictive relative clause right after the object — ``som`` with no comma
  before it, a verb right after it, and no negation — belongs to the object: ``verb: [beslutte,
  vedta]``, ``object: [sak konsekvens]`` is met by "Beslutte saker som har større økonomiske eller
  administrative konsekvenser" (nynorsk "Vedta tiltak som gjeld …"), not by "Beslutte saker som
  ikkje har …", "Vedta tiltak, som SSU gjennomfører med konsekvensar" nor "Vedta tiltak som FSU
  gjennomfører med konsekvensar" (another body the clause's subject). Past a preposition, an
  object that repeats a word of the object before it, after ``og``, ``eller``, ``samt`` or a
  comma, is the verb's again: "Utvalget beslutter saker av prinsipiell karakter og saker som har
  større økonomiske … konsekvenser" has the point; "Beslutte saker av prinsipiell karakter, og
  utrede de økonomiske konsekvensene" lacks it. Coordinated objects count: ``verb: [gi]``,
  ``object: [overordn føring]`` is
  met by "Gi overordnede føringer og prioritering", "Gi SSU og FSU overordnede føringer og
  prioriteringer", nynorsk "Gje overordna føringar", and "Drøfte og gi overordnede føringer" or
  "Gi og følge opp overordnede føringer" (a verb coordinated right after the verb shares its
  object); not by "Gi kommunene råd om overordnede føringer fra departementet" (the føringer are
  the object of «om»), "Gi råd og motta overordnede føringer" nor "Motta overordnede føringer".
  A preposition in an ``object`` lets the phrase run past that preposition and need not itself
  stand in the entry: ``object: [sak av prinsipiell]`` is met by "Beslutte saker av prinsipiell
  karakter" and "Beslutte prinsipielle saker"; with ``verb: [beslutte, vedta]`` "Forberede saker
  av prinsipiell karakter til beslutning i partnerskapsmøtet" lacks the point (no form of the
  verb, only its noun with no supporting verb). For a passive ("Overordnede føringer gis av partnerskapsmøtet", "… blir
  gitt …") the words before it in its clause count as its object too. A verb may have particles
  after it, which must follow it (``verb: [følge opp]``: «følgjer opp», «følges opp»). Without
  ``object``, any form of the verb meets the point. Weakening and who does what read as for
  ``any_of``, at the verb: "SSU gir overordnede føringer" and "Sørge for at SSU gir …" in the
  partnerskapsmøte's mandate are another body's act, "Overordnede føringer gis av SSU" too, "Bli
  gitt overordnede føringer frå SSU" is reversed, "Gi overordnede føringer dersom SSU ber om det"
  and "Gi ikke …" weaken it, and a verb that only opens a relative clause ("Gi råd til SSU, som
  gir overordnede føringer") is not the entry's point. A limit of the reading: a form that is
  also a noun or an adjective («møtet» of ``møte``, «prioriterte» of ``prioritere``) is read as
  the verb; and an indirect object after a preposition («Gi til SSU føringer») ends the phrase.
  A verb is met by **its own noun after a supporting verb** that makes the forum do it: the
  noun (its nominalisation, curated in ``verb_forms.NOUNS``, bokmål and nynorsk, every form:
  ``beslutte`` «beslutning», ``vedta`` «vedtak», ``avgjøre``/``avgjere`` «avgjørelse»/«avgjerd»,
  ``forankre`` «forankring», ``prioritere``, ``koordinere``, ``samordne``, ``evaluere``,
  ``behandle``/``handsame``, ``godkjenne``, ``drøfte``, ``planlegge``, ``etablere``,
  ``vurdere``, ``gjennomføre``, ``iverksette``, ``fordele``, ``utvikle`` … in «-ing»,
  ``følge opp`` «oppfølging», ``utarbeide`` «utarbeiding»/«utarbeidelse», ``anbefale``
  «anbefaling», ``tilrå`` «tilråding»), at most two words after ``fatte``, ``ta`` or ``treffe``
  (a decision only), ``sikre``, ``sørge``/``sørgje for``, ``stå for``, ``syte for``,
  ``ivareta``, ``foreta``, ``gjennomføre``, ``utføre``, ``ha``/``ta ansvar(et) for`` (an article and a describing word may stand before «ansvar»: «Ha et overordnet ansvar for oppfølging av …»), or ``gi``
  (advice and priorities: «Gi anbefalinger»), with the object after the noun and one
  preposition (``av``, ``i``, ``om``, ``for``, ``på``, ``over``, ``med``): "Fatte beslutninger i
  saker av prinsipiell karakter" meets ``verb: [beslutte]``, ``object: [sak av prinsipiell]``;
  "Sikre forankring av samarbeidet" meets ``verb: [forankre]``, ``object: [samarbeid]``. Who
  does it is read at the supporting verb ("SSU fatter beslutninger …" in another forum's
  mandate is the SSU's act). A noun after a verb that only watches or helps ("Følge med på
  forankringen av samarbeidet", "Bidra til forankring", "Delta i …", "Orientere om
  beslutninger"), or after none inside the entry ("til beslutning i partnerskapsmøtet"), does not
  meet it; a noun that **opens** the entry does — a mandate written as a list of nouns —, first,
  after one describing word, or after «(overordnet) ansvar for» ("Forankring av overordnet retning
  for arbeidet", "Overordnet ansvar for oppfølging av Ishavserklæringen"; not "Orientering om
  oppfølging av …"). Any
  other paraphrase with a noun does not either: ``verb: [initiere]`` is not met by "Ta initiativ
  til utviklingsarbeid" («initiativ» is no noun of it); give ``any_of`` stems (``initi
  utviklingsarbeid``) where the mandate is likely to paraphrase the point so, ``verb`` where the
  verb carries it. As for every list here, the
  ``object`` phrasings are alternatives: ``object: [mål, ramme]`` is met by "Drøfte økonomiske
  rammer"; ``object: [mål ramme]`` (one phrasing) needs both words.

- ``duty`` (mandate points as data): a word of the packs' ``vocabulary.duties``, for what no
  reading of the words can decide. A mandate entry may be a mapping that declares the duties it
  gives, ``{text: "Gi SSU og FSU føringer", duties: [foringer]}`` (a plain string declares
  none). An entry that declares the item's duty meets the point exactly, **whatever its words
  read**: the declaration takes precedence over every reading below — a negation, a qualifier, a
  reversed verb or another body in its words do not weaken it, and a duty is never "missing" from
  an entry that declares it. Given alone, ``duty`` is met only by such an entry (the point is
  missing otherwise); given beside one of ``wording``, ``any_of`` or ``verb``, an entry that
  declares no duty is read by its words as that reading says (so a mandate may declare the
  duty where the words are unclear and be read where they are plain). One of ``wording`` and
  ``any_of`` may be given beside ``verb``: then the point is this verb, **or** this phrase —
  an entry meets it by either, each read as it is read alone, and the better reading counts
  (``verb: [forankre]``, ``object: [samarbeid]``, ``any_of: [forankring samarbeid]``); both
  ``wording`` and ``any_of`` in one item is a pack error (exit 2).

The body a point is about. Where the agreement's point is about another body's object —
«Godkjenne handlingsplanar og retningslinjer frå FSU», «sørge for at FSU får tilført nødvendige
ressurser» — give that body as ``about`` beside ``wording``, ``any_of`` or ``verb`` (alternatives,
key words as ``any_of``; an id or name of a forum or party is met by any of its names, as below),
and leave it out of the point's own words: ``verb: [godkjenne]``, ``object: [handlingsplan]``,
``about: [FSU, fagl samarbeidsutval]`` (stems, as ``any_of``: «faglege samarbeidsutvala»,
«faglig samarbeidsutvalg»); ``any_of: [ressurs]``, ``about: [FSU, fagl samarbeidsutval]``. An entry then has the point when it has it by those words, as they read
alone, **and** names the body in the point's own part of its sentence, however it links the two:
"Godkjenne handlingsplanar frå FSU", "… fra FSU", "… for dei faglege samarbeidsutvala",
"Godkjenne handlingsplanane til FSU", "Godkjenne FSU sine handlingsplanar", "Gi FSU ressurser",
"Sørge for at FSU-ene får ressurser". Not "Godkjenne handlingsplanar frå partnarskapsmøtet" (no
FSU), nor "Godkjenne handlingsplanar frå partnarskapsmøtet og sende dei til FSU" or "Motta
rapportar frå FSU og godkjenne handlingsplanar" (the FSU is named for another point: an ``og``,
``eller``, ``samt`` or comma and the next point's verb end the point's part), and not where the
body does it itself: "FSU godkjenner eigne handlingsplanar", "De faglige samarbeidsutvalgene
skaffer selv ressurser" are another body's act (below), because the body is no word of the
point's. Written into the point's own words instead (``any_of: [ressurs FSU]``), a body that is
the clause's subject is one of the point's words and reads as the forum's own; and ``object:
[handlingsplan frå FSU]`` needs the link ``frå`` written so. ``about`` with none of ``wording``,
``any_of`` and ``verb`` is a pack error (exit 2). Where the direction matters, ``about_after``
names the prepositions that may stand before the body, the nearest one at most four words back:
«Fremme saker ein ønsker behandla i Partnerskapsmøte» is ``about: [partnarskapsmøt,
partnerskapsmøt]``, ``about_after: [i, til, for]``, met by "Fremme saker til partnarskapsmøtet"
and not by "Fremme saker frå partnarskapsmøtet til FSU".

Names of bodies. Where words of a ``wording``, an ``any_of`` phrasing or an ``object`` name a
forum, party or secretariat of the organisation — by its id, its forum ``type`` (where one forum
has it), or one of its names (the name, the parts of a parenthesis in it, the name without a
closing legal suffix, its ``also_known_as``), word by word, a key word being the name's word, a
form of it or its stem — any other name of that body meets them too: ``any_of: [førebu
partnarskapsmøte]`` is met by "Førebu dialogmøtet" where the partnarskapsmøte is ``also_known_as:
[Dialogmøtet]``, ``wording: [førebu partnarskapsmøtet]`` by "Førebu dialogmøtet", ``any_of:
[førebu pm]`` (the forum's id) by "Førebu partnarskapsmøtet", and ``any_of: [rapporter helse
fjord]`` by "Rapportere til HFJ" (a party ``also_known_as: [HFJ]``). So list the other names a
mandate uses for a body under its ``also_known_as``, not as alternatives of each item. A word
that only begins a name (``samarbeid`` of «Strategisk samarbeidsutval») names no body, and
another body's name does not meet the point ("Førebu fagrådet"). Weakening and who does what read
the other name as they read the name.

An indirect question. The point's words in a question the entry asks — after ``hvordan``,
``korleis``, ``hvorvidt``, ``hvorfor``/``kvifor``, ``hva``/``kva`` or ``hvilke`` in their clause —
are what the forum reports on or weighs, not its own act: "Rapportere til partnerskapsmøtet om
hvordan Ishavserklæringen følges opp" and "Vurdere korleis Ishavserklæringen blir følgd opp" lack
``verb: [følge opp]``, ``object: [Ishavserklæring]`` (and ``any_of`` key words likewise); "Følge opp
Ishavserklæringen og rapportere om hvordan det går" has it.

Who does what. Words matched as above do not keep who does what to whom ("støtte FSU" is in
"Motta støtte frå FSU" too). The check reads two kinds of shape, in bokmål and nynorsk, for
``wording``, ``any_of`` and ``verb`` alike; any other shape is read as the entry's own point:

- **reversed** (key ``reversed:<label>``): the entry's own verb before the point's words is a
  receiving one — ``motta`` (``mottar``, ``mottek`` …), ``få``/``får`` (not ``få til``, ``få på
  plass``, ``få i gang``, ``få gjort``, ``få … til å``), ``ta imot``/``tek imot``, a passive
  ``bli``/``blir``/``vert`` + participle ("Bli orientert om tenesteavtalane"), the s-passive of
  being informed (``orienteres``/``orienterast``, ``informeres``/``informerast``,
  ``underrettes``: "Orienteres om SSUs dialog om strategiske saker"), or "ha X som
  sin/si/sitt/sine Y" (X one to four words, Y one or two; not "Ha oversikt over tiltak som sine
  medlemmar set i verk") — in the point's clause, not inside a
  subordinate clause, and with no ``og``, ``eller``, ``samt``, comma or subordinate clause between
  it and the point, or only what is received and ``om``, then an ``at`` clause that runs on to the
  point, whoever acts in it: "Motta støtte frå FSU" for ``støtt FSU``, "Få melding om at det
  utpeikast representantar" for ``utpeikast representantar``, "Motta rapport om at FSU får
  ressursar og rammer" for ``får ressursar og rammer``, "Ha FOUSAM som sitt styringsorgan" for ``styringsorgan FOUSAM`` ("Vere
  FOUSAM sitt styringsorgan" keeps it). Not
  when that verb is itself one of the item's words: ``any_of: [motta rapport]`` is met by
  "Motta rapportar frå FSU". An ``og`` ends the receiving verb's reach: "Motta rapportar og
  støtte FSU" keeps the point — and so, a limit of this reading, does "Motta råd og støtte frå
  FSU".
- **another body's act** (key ``other-body:<label>``): the point's words stand in a clause opened
  by ``at`` or ``om`` whose subject is another of the organisation's bodies (named as for a main
  clause's subject, below, or a body word described by other words: «faglige samarbeidsutvalg»
  in the SSU's mandate) — one to four words, none of them the
  point's, followed by a finite verb (``skal``, ``kan``, ``må``, ``bør``, ``vil``, ``er``,
  ``har``, ``blir``/``vert``, ``får`` … or the point's own verb in the present tense), with no
  comma between that verb and the point: "Godkjenne at partnarskapsmøtet skal etablere fora for
  samhandling" and "Sørgje for at FSU etablerer fora" for ``etabler fora``. Not another body:
  ``det`` or ``dette`` ("Sørgje for at det blir etablert fora"); a lone pronoun (``dei``,
  ``vi``); the forum itself, every word of the subject naming it — a form of a word of its name
  or id of four letters or more ("at samarbeidsutvalget skal …"), ``utvalget``, ``utvalet``,
  ``forumet``, or an abbreviation of its name: its first letter, then letters of the name in
  order ("at SSU skal …" in Strategisk samarbeidsutvalg's mandate, not "at FSU skal …"); for a
  secretariat's mandate, ``sekretariatet``; and a subject that receives through a verb among the
  item's own words (``wording: [får tilført nødvendige ressurser og rammer]`` is met by "Sørge
  for at FSU får tilført nødvendige ressurser og rammer") or that gets or has the point's words
  — ``får`` or ``har`` right before them, or past one or two words that are no verb ("Sørge for
  at FSU-ene får ressurser", "Sikre at FSU har nødvendige ressurser" for ``any_of: [ressurs]``;
  not "at FSU har utarbeidd ein plan", "at FSU får etablere fora", "at FSU får til …"); and a free noun, which names no body
  ("Sjå til at representantar vert oppnemnde til forhandlingsutvalet" keeps ``oppnemn
  forhandlingsutval``). After a comma the entry speaks for
  itself again: "Godkjenne at partnarskapsmøtet skal vedta planar, og etablere fora" keeps the
  point.

  An ``at`` clause after a verb of ensuring (``sørge``/``sørgje for at``, ``sikre at``, ``påse
  at``, ``se``/``sjå til at``, ``ha ansvar for at``, ``ansvarleg``/``ansvarlig for at``) whose
  own subject is no acting body — a passive, a free noun, ``det``, or a body that receives
  ("at FSU får tilført ressurser") — is the responsibility of whoever ensures it: the forum's
  own when the entry opens with the verb ("Sørge for at Ishavserklæringen følges opp", "Utvalget
  har ansvar for at …"), another body's when its main clause's subject is one
  ("Partnerskapsmøtet skal sørge for at Ishavserklæringen følges opp", "Kommunene har ansvar for
  at …" in the SSU's mandate, for ``wording: [Ishavserklæringen følges opp]``).

  Another body's act too: the point's words in a **subordinate clause** opened by ``før``,
  ``etter``, ``inntil``, ``når``, ``dersom``, ``hvis``/``viss``, ``fordi``, ``som`` or ``der``
  (or ``at``, as above: ``slik at``, ``etter at``) whose own subject is another of the
  organisation's bodies, then a finite verb at or before the point's word: "Gi innspill til SSU
  før SSU beslutter retning for handlingsplanen" in the partnerskapsmøte's mandate, for
  ``verb: [beslutte]`` or ``any_of: [beslutt retning]`` (the decision is the SSU's); also "…
  når SSU har besluttet …", "… saker som SSU skal beslutte". The forum itself as that subject
  ("før utvalget beslutter") keeps the point. So does what another body sees to in a clause of
  its own: an «at» clause (of ensuring or not) after a verb whose subject is another body in an
  «at» clause ("Bidra til at partnerskapsmøtet sikrer at Ishavserklæringen følges opp") or in a
  relative clause about it ("Gi innspill til partnerskapsmøtet, som har ansvar for at …").

  Another body's act too: the point done by a body named in a passive's «av» phrase — an
  s-passive (``ivaretas``, ``godkjennes``, ``vedtast``) or ``blir``/``vert`` + participle, from
  the point on in its clause, right before ``av`` (or a particle and ``av``: "følges opp av")
  and one to four words that are not the forum
  itself, with no comma, ``og`` or subordinate clause between: "Overordnet avtale ivaretas av
  ASU" and "Revidert samarbeidsavtale godkjennes av kommunestyrene" in the SSU's mandate;
  "Handlingsplanen vedtas av SSU" keeps the point, and so do "Handlingsplanar frå FSU blir godkjent
  av SSU" and "… vert godkjende av SSU" (a plural participle is read as the participle). With ``any_of``, a key word that is itself
  the participle after ``blir``/``vert`` with ``av`` and another body is that body's act
  whatever stands before it ("Handlingsplan og årsrapport vert utarbeidd av HMR", nynorsk "Referat
  vert skrive av HMR"). And the point's words in a relative clause
  with a subject of its own that is another body: «som» or «der», one to four words, then the
  point's word ("Følgje med på fora som FOUSAM etablerer" for ``etabler fora``; "… som SSU
  etablerer" in the SSU's mandate keeps it); «som» before nouns with no finite verb is «such as»
  and opens no clause ("Etablere fora, som faglege samarbeidsutval, arbeidsgrupper og nettverk").
  And what the forum **asks of another body**: an asking verb (``be``, ``anmode``, ``oppmode``,
  ``oppfordre``, ``pålegge``, ``instruere``) and another body before the point in its sentence
  ("Be partnerskapsmøtet sørge for at Ishavserklæringen følges opp", "Anmode kommunene om å
  godkjenne handlingsplanen" in the SSU's mandate); the forum asking itself ("Be SSU …" in the
  SSU's mandate) keeps the point. A subject that names a post of another body — ``leiaren``,
  ``lederen``, ``nestleiaren``, ``direktøren``, ``sekretæren``, ``koordinatoren`` and the like,
  then ``av``, ``i`` or ``for`` and the body — is that body's («Leiaren av SSU førebur møta i
  SSU» in the secretariat's mandate; in the SSU's own mandate it stays the SSU's).

  Another body's act too, and read more strictly: the point's words in a **main clause whose
  subject is another of the organisation's bodies** — the clause's first words, then a finite
  verb (an auxiliary, ``skal``, ``har`` …, or a present tense: ``beslutter``, ``utpeikar``,
  nynorsk ``skriv``), with no comma, subordinate clause or ``at`` between that verb and the point
  (but a comma before another finite verb of the same subject, ``samt`` or not):
  "Partnerskapsmøtet beslutter saker av prinsipiell karakter", "Partnarskapsmøtet skal godkjenne
  handlingsplanar", "FSU-ene skaffer selv ressurser", "Kommunane og helseføretaket utpeikar
  representantar" in the SSU's mandate; "SSU setter retning", "Strategisk samarbeidsutval
  godkjenner årsrapporten" in the partnerskapsmøte's; "HMR skriv referat og publiserer
  saksdokument, samt koordinerer oppfølging av vedtak" (all three) in a secretariat's.
  The subject is another body only when it names one the organisation has, or one every health
  community has, each of a list (``og``, ``eller``, a comma) so, after a determiner (``dei``,
  ``alle`` …): another forum (its name or one of its ``also_known_as``, type word — «faglege samarbeidsutval» for
  ``faglig-samarbeidsutvalg`` —, id, or an abbreviation of its name in capitals, with its
  ending: «FSU-ene»), a party (name, type word — «kommunane», «helseføretaket» —, id, an
  abbreviation in capitals: «HMR» for «Helse Møre og Romsdal HF»), a secretariat (name or one of
  its ``also_known_as``), or the body
  words ``kommune``, ``bydel``, ``kommunestyre``, ``bystyre``, ``fylkeskommune``,
  ``helseforetak``/``helseføretak``, ``foretak``/``føretak`` («Føretaket utformar …»), ``sykehus``/``sjukehus``, ``statsforvalter``/``-ar``,
  ``(helse)direktorat``, ``departement``, ``partnerskapsmøte``/``partnarskapsmøte``,
  ``(arbeids/samarbeids)utvalg``/``-utval``, ``sekretariat``, ``fagråd``,
  ``brukerråd``/``brukarråd`` and the abbreviations ``FSU``, ``SSU``, ``ASU``, ``LSU``, ``KS``,
  ``PM``, each in its forms (plural, definite, nynorsk). A name counts as written, before a
  parenthesis, by each part of the parenthesis, a former name without ``tidlegare``,
  ``tidligere``, ``tidl.`` or ``før`` («Fagleg samarbeidsutval (tidlegare Fagrådet)» is named
  «Fagleg samarbeidsutval» and «Fagrådet»), and each of these without a closing ``HF``,
  ``RHF``, ``IKS``, ``AS``, ``ASA``, ``SF``, ``KF``, ``kommune`` or ``fylkeskommune`` («Helse
  Førde skal arrangere …» for the party «Helse Førde HF»; «Sunnfjord arrangerer …» for
  «Sunnfjord kommune»: in a mandate a municipality's name alone is the municipality — a limit
  of this reading, a municipality whose name is also a common word, «Time», is that
  municipality as a clause's subject too). Any other short name or abbreviation a mandate
  uses for a body («Dialogmøtet», «Vestlandsrådet») is known only from its ``also_known_as``:
  the ``also_known_as`` of the organisation's fora, parties and secretariats feed this reading,
  so list there what the mandates call them. Any other words keep the point, so a
  noun phrase is no subject ("Årlig rapport til partnerskapsmøtet", "FSU-rapporter skal følges
  opp", "Brukermedvirkning skal ivaretas"). Not another body: the forum itself, by a form of
  its name's words (a parenthesis's too: «Koordineringsrådet» in the mandate of «Strategisk
  samarbeidsutval (tidlegare Koordineringsrådet)»), one of its ``also_known_as`` («HSU»), ``utvalget``/``utvalet`` or an
  abbreviation ("Utvalget beslutter …", "SSU
  beslutter …" in the SSU's mandate; a longer word that only starts with one is not:
  "Helseføretaket utpeikar …" in the mandate of «FSU for psykisk helse»), a pronoun (``vi``,
  ``dei``), and the forum's parties or members together (``partene``/``partane``,
  ``medlemmene``/``medlemmane``: "Partene skal i fellesskap …" is the forum at work); a list
  with the forum in it ("SSU og kommunane skal saman …") is the forum's own point. A subject
  after an ``og``, ``eller`` or ``samt`` past the first verb is the nearer one
  ("Partnerskapsmøtet vedtar planane og SSU følgjer dei opp" keeps ``følg opp``). An entry that
  opens with an infinitive ("Beslutte saker …") has no subject: it is the forum's own. And the
  point **handed to another body**: ``til``, another body as above, then ``for`` or ``til`` and
  the point's word ("Sende prinsipielle saker til SSU for drøfting" in the partnerskapsmøte's
  mandate, for ``drøft prinsipiell sak``), or ``til``, the point's word and ``i``/``hos`` another
  body ("Forberede saker til beslutning i partnerskapsmøtet", for ``beslut sak``). And the point's **later words done by another body**
  (with ``any_of``): a key word in a clause of its own, after ``;`` or ``:``, whose subject is
  another body ("Innstille i saker av prinsipiell karakter; partnerskapsmøtet beslutter"), or
  right after ``, som`` that follows another body ("Forberede saker til partnerskapsmøtet, som
  beslutter dem"), or after ``før``, ``etter``, ``når`` … with another body as that clause's
  subject ("Drøfte saker av prinsipiell karakter før partnerskapsmøtet beslutter dem"), for
  ``beslutt sak prinsipiell``. A verb right after ``som`` makes ``som`` the
  subject, so a relative clause that only describes ("Belyse temaer som fremmer samhandling")
  keeps the point. An entry that opens with another body and ``er``, ``blir`` or ``vert``
  gives that body the role after it: reversed where the body is one of the point's words
  ("FOUSAM er styringsorgan for SSU" for the SSU's ``styringsorgan FOUSAM``), another body's
  otherwise ("Partnerskapsmøtet er øvste organ").

  Still read as the forum's own: a subject after the verb ("I slike saker beslutter
  partnerskapsmøtet"), a subject that holds the point's own words ("FSU gir SSU støtte" for
  ``støtt FSU``; but where its verb is one of them too, the body does the point itself: "FSU
  koordinerer arbeidet sjølv" for ``koordiner FSU``), a body named by a description the organisation does not hold ("Styret i
  helseforetaket vedtar"), and a body in small-letter abbreviation ("hmr skriv referat").

The shapes are looked for in the point's clause, at most 30 words before the point's words. An
entry that has the point as its own meets it (or weakens it); a reversed point or another body's
act is reported, with the entry, only where no entry has the point as its own.

A secretariat's tasks are its ``mandate`` too: applied to the organisation the rule reads the
health community's secretariat, and with ``secretariat: true`` a forum's rule reads the forum's
own secretariat, or the health community's where the forum has none and that one ``serves`` it
("the secretariat shall prepare the partnarskapsmøte …").

``min_entries`` asks only that the forum *has* a mandate — at least that many entries under
``mandate``, whatever they say — where the agreement gives a forum a mandate without giving its
words ("the SSU has given the FSU a mandate that describes its assignment"): ``min_entries: 1``.
It may stand alone or beside ``items``. An entry that only says the mandate is not there yet is
not counted: «Mandat under utarbeidelse», «Under arbeid», «Under avklaring», «Under behandling»,
«Ikke fastsatt»/«Ikkje fastsett» (also with «ennå»/«enno»), «Ikke avklart», «Uavklart», «Mandat
mangler», «Kommer», «TBD», «-»; nor does it meet an item («Under avklaring» has no point
``avklar``), so a mandate of placeholders only lacks every item too.

``forbidden`` lists points the mandate must *not* have, written as ``items`` are: where the
agreement limits a forum's role («Faglige samarbeidsutvalg skal ha en rådgivende funksjon»: it
advises, it does not decide), ``forbidden: [{label: …, verb: [beslutte, vedta, godkjenne,
fastsette, bestemme, avgjøre]}]`` reports each entry that has the point as the forum's own —
«Beslutte felles rutiner som er bindende for partene», «Godkjenne felles rutiner», «Fatte vedtak
om …» — at the entry. A verb the list does not name passes, so name every verb of deciding. A
qualifier does not exempt it («Utvalget kan beslutte felles rutiner ved behov» still decides).
An entry that has it negated («Skal ikke vedta budsjett»),
as another body's act («Partnerskapsmøtet beslutter …»), or only as a noun the forum prepares
(«Forberede saker til beslutning i SSU») is not reported; nor is a placeholder. An entry that
declares the item's ``duty`` has the point, however its words read. ``forbidden`` may stand
alone or beside ``items`` and ``min_entries``.

The matching is deliberately plain, so that an auditor can follow it from the rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.model import MandatePoint, Organisation, mandate_duties, mandate_text, names_of
from hf_rules.rules.checks.base import (
    STRINGS,
    TEXT_SCHEMA,
    Example,
    Subject,
    Violation,
    count_requirement,
    secretariat_of,
)
from hf_rules.rules.checks.verb_forms import (
    INFINITIVE,
    PARTICIPLE,
    PASSIVE,
    PAST,
    PRESENT,
    is_verb_word,
    noun_forms,
    supports,
    verb_forms,
)
from hf_rules.rules.checks.words import KEYWORD
from hf_rules.yaml.loader import Document, Path_

NAME = "mandate"
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "label": "The item's `label` for a missing, weakened, reversed, given-away or forbidden point; empty for too "
    "few entries (`min_entries`).",
    "problem": "What is wrong: lacks the point, weakens the point, reverses the point, gives another body the point, "
    "has a point it may not have (`forbidden`), has no mandate, or has too few entries.",
    "entry": "For a weakened, reversed, given-away or forbidden point: the entry that does it, as ` («…»)`; "
    "otherwise empty.",
    "found": "How many entries the forum's `mandate` has.",
    "requirement": "For too few entries: `at least N`; otherwise empty.",
}
QUALIFIERS = (
    "ved behov",
    "etter behov",
    "om nødvendig",
    "om naudsynt",
    "om mulig",
    "om mogleg",
    "dersom mulig",
    "dersom mogleg",
    "så langt det er mulig",
    "så langt det er mogleg",
    "der det er hensiktsmessig",
    "der det er tenleg",
    "dersom tiden tillater",
    "når tiden tillater",
    "ved anledning",
    "ved høve",
    "evt",
    "eventuelt",
    "kan",
    "dersom",
    "hvis",
    "viss",
    "når",
    "såfremt",
    "så fremt",
    "såframt",
    "så framt",
    "forutsatt at",
    "føresett at",
    "med mindre",
    "i den grad",
    "på forespørsel",
    "etter forespørsel",
    "på førespurnad",
    "etter førespurnad",
)
"""The qualifiers that weaken a point when an item gives no ``weakened_by``, in bokmål and
nynorsk; one that is part of the agreement's wording does not count."""
_ITEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "label": TEXT_SCHEMA,
        "wording": {
            **STRINGS,
            "description": "The agreement's words for the point (alternatives): an "
            "entry must contain one as a run of whole words. Beside `verb`, an alternative to it.",
        },
        "weakened_by": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "default": list(QUALIFIERS),
            "description": "Qualifiers that weaken the point when the entry that has it also "
            "contains one (left out: the common ones, 'ved behov', 'om mogleg', …; `[]`: none).",
        },
        "also_weakened_by": {
            **STRINGS,
            "description": "Qualifiers that weaken the point besides those of `weakened_by` (left out: the common "
            "ones): the agreement's own («etter avtale») without copying the list.",
        },
        "not_weakened_by": {
            **STRINGS,
            "description": "Qualifiers of `weakened_by` (left out: the common ones) that do not weaken this point: "
            "`[kan]` where «kan» grants the power («Utvalget kan beslutte …»), the conditions still weakening.",
        },
        "any_of": {
            **STRINGS,
            "description": "Looser, older form: phrasings whose every word starts a "
            "word of the entry (a word of three letters or fewer: is a word of the entry, with an "
            "inflection ending). Give this or `wording`, beside `verb` or not (then the point is "
            "this verb, or this phrase).",
        },
        "verb": {
            **STRINGS,
            "description": "This verb (alternatives), in any of its forms, bokmål and nynorsk, never "
            "a noun of its stem: an infinitive or a stem (`gi`, `beslutte`, `vedta`), with "
            "particles after it where the verb has them (`følge opp`).",
        },
        "duty": {
            "type": "string",
            "minLength": 1,
            KEYWORD: "duties",
            "description": "A duty of the packs' `vocabulary.duties`: an entry that declares it "
            "(`{text: …, duties: [foringer]}`) meets the point, however its words read. Alone, or "
            "beside one of `wording`, `any_of`, `verb` for the entries that declare no duty.",
        },
        "about": {
            **STRINGS,
            "description": "Beside `wording`, `any_of` or `verb`: the body the point is about "
            "(alternatives, key words as `any_of`; a forum's or party's id or name is met by any of "
            "its names): the entry that has the point names it in the point's own part of the "
            "sentence («Godkjenne handlingsplanar frå FSU»), and that body is not who does the "
            "act («FSU godkjenner eigne handlingsplanar» is the FSU's act).",
        },
        "about_after": {
            **STRINGS,
            "description": "Beside `about`: the prepositions that may stand before the body (the nearest one, "
            "at most four words back): «Fremme saker … i/til partnarskapsmøtet» is `about_after: [i, til]`, "
            "so «Fremme saker frå partnarskapsmøtet til FSU» does not have the point.",
        },
        "object": {
            **STRINGS,
            "description": "With `verb`: key words of what the verb governs (alternatives): every "
            "word of one starts a word of the phrase after the verb (before it, for a passive), "
            "up to a preposition, a clause boundary or the next verb; a preposition in it lets "
            "the phrase run past that preposition (`sak av prinsipiell`); a restrictive relative "
            "clause after the object belongs to it (`sak konsekvens`: «saker som har … konsekvenser»). "
            "Alternatives: `[mål, ramme]` is met by either; `[mål ramme]` needs every word.",
        },
    },
    "required": ["label"],
    "anyOf": [
        {"required": ["wording"]},
        {"required": ["any_of"]},
        {"required": ["verb"]},
        {"required": ["duty"]},
    ],
    "dependentRequired": {"object": ["verb"], "about_after": ["about"]},
    "additionalProperties": False,
}
"""A point of the mandate, as ``items`` and ``forbidden`` give it."""
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "secretariat": {
            "type": "boolean",
            "default": False,
            "description": "Read the mandate of the forum's secretariat instead of the forum's (on the "
            "organisation, the health community's secretariat is read in any case).",
        },
        "min_entries": {
            "type": "integer",
            "minimum": 1,
            "description": "The forum has a mandate: at least this many entries under `mandate`, whatever they say.",
        },
        "items": {
            "type": "array",
            "minItems": 1,
            "default": [],
            "description": "The points the mandate must have (left out: none; give `min_entries`).",
            "items": _ITEM_SCHEMA,
        },
        "forbidden": {
            "type": "array",
            "minItems": 1,
            "default": [],
            "description": "Points the mandate must not have, written as `items` are («rådgivende funksjon»: "
            "no entry decides, `{label: …, verb: [beslutte, vedta, godkjenne, fastsette, bestemme, avgjøre]}`): an "
            "entry that has one as the forum's "
            "own point, not negated (a qualifier such as «kan» or «ved behov» does not exempt it), is reported.",
            "items": _ITEM_SCHEMA,
        },
    },
    "additionalProperties": False,
    "anyOf": [{"required": ["items"]}, {"required": ["min_entries"]}, {"required": ["forbidden"]}],
}
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


_SHORT_STEM = 3
"""A key word this long or shorter is a whole word with its inflection (:data:`_SHORT_ENDINGS`),
not the start of any longer word: ``råd`` finds «råd», «rådet», «rådene», never «rådmennene»."""
_SHORT_ENDINGS = frozenset(
    {"", "e", "a", "r", "t", "n", "s", "er", "ar", "et", "en", "es", "as", "te", "de", "tt", "dd", "ne"}
    | {"ene", "ane", "ast", "est", "ende", "ande", "je", "jer", "jast"}
)
"""The endings a short key word (:data:`_SHORT_STEM`) may take: the verb's and the noun's,
bokmål and nynorsk (``gi``: «gir», «gis», «gitt»; ``set``: «setje»; ``mål``: «målet», «måla», «målene»)."""


def key_matches(word: str, key: str) -> bool:
    """Whether the entry's ``word`` is met by the key word ``key``: a key word of four letters or
    more starts it (a stem: ``beslutt`` finds «beslutter», «beslutning»); a shorter one is the
    whole word or it with an inflection ending (:data:`_SHORT_STEM`)."""
    return word.startswith(key) and (len(key) > _SHORT_STEM or word[len(key) :] in _SHORT_ENDINGS)


def phrase_matches(phrase: str, entry: str) -> bool:
    entry_words = _words(entry)
    return all(any(key_matches(w, p) for w in entry_words) for p in _words(phrase))


def _run(text: str) -> str:
    """Whole words, case and punctuation aside, with a space at each end: `` ivareta samhandlingsavtaler ``."""
    return " " + " ".join(_words(text)) + " "


def has_wording(wording: str, entry: str) -> bool:
    return _run(wording) in _run(entry)


_NEGATIONS = frozenset({"ikke", "ikkje", "aldri"})
_SUBORDINATORS = frozenset({"som", "der", "dersom", "når", "hvis", "viss", "fordi", "enn"})
_CLAUSE_BREAK = re.compile(r"[;:.!?–—]")
_DASHED_TAIL = re.compile(r"\s*[–—]\s*(?=[^\W_]+(?:[\s,.]+[^\W_]+){0,3}[\s.]*$)")
"""A dash before a short tail that ends the entry (one to four words: «Utvikle strategiar – ved
behov»): the tail is the point's clause's, so the dash does not end it."""
"""What ends a clause. Not a comma (a list of words: "saker av overordna, prinsipiell karakter
ved behov"; a relative clause after one starts with a subordinator), not a parenthesis ("…
(LSU) er ikkje …")."""


def _scopes(wordings: list[str], entry: str) -> tuple[str, str]:
    """The words around the point in its own clause, as runs (``_run``) without the wording: the
    whole clause, and the part up to a subordinate clause on either side (``som``, ``der``,
    ``når`` …). A multi-word qualifier ("der det er hensiktsmessig") counts in the whole clause;
    a single word (a negation, ``kan``, ``evt``) only in the part, so "saker som ikkje er løyste
    og førebu dialogmøtet" and "planar som kan endrast" do not weaken the point, nor does one
    after an ``og``, ``samt`` or ``eller`` that follows it ("Belyse temaer og kan …")."""
    for clause in _CLAUSE_BREAK.split(_DASHED_TAIL.sub(" ", entry)):
        run = _run(clause)
        longest = max((_run(w) for w in wordings if _run(w) in run), key=len, default="")
        if not longest:
            continue
        at = run.find(longest)
        before, after = run[:at].split(), run[at + len(longest) :].split()
        near_before: list[str] = []
        for word in before:  # from the clause's start: a subordinate clause before the point is not its
            if word in _SUBORDINATORS:
                break
            near_before.append(word)
        near_after: list[str] = []
        for word in after:  # «Belyse X og kan belyse Y»: the «kan» after an «og» is the next point's
            if word in _SUBORDINATORS or word in _NEXT_POINT:
                break
            near_after.append(word)
        return " " + " ".join([*before, "|", *after]) + " ", " " + " ".join([*near_before, "|", *near_after]) + " "
    return " ", " "


_REACH_SUBJECTS = frozenset(
    {
        *("vi", "me", "de", "dei", "dere", "man", "alle", "begge"),
        *("helseforetaket", "helseføretaket", "foretaket", "føretaket", "sykehuset", "sjukehuset", "kommunen"),
        *("fellesskapet", "helsefellesskapet", "samarbeidet", "utvalget", "utvalet", "forumet"),
    }
)
"""Subjects of the verb «nå» (*reach*) besides a definite plural («partene», «kommunane»)."""
_NOT_SUBJECTS = frozenset({"alene", "ene", "mene", "dessverre"})
_WHEN_WORDS = frozenset(
    {
        *("det", "dette", "den", "der", "her", "dei", "de", "vi", "me", "du", "han", "ho", "hun", "man", "ein", "en"),
        *("behov", "tid", "tida", "tiden", "saka", "saken", "sakene", "sakane", "aktuelt", "nødvendig", "naudsynt"),
    }
)
"""Words right after «når» that make it the conditional («når det er behov», «når tiden tillater»)."""
_PREPOSITIONS = frozenset({"for", "over", "etter", "under", "mellom", "utover", "innenfor", "innanfor", "per", "før"})


def _definite(word: str) -> bool:
    return len(word) >= 4 and word.endswith(("en", "et", "a", "ene", "ane"))


def _looks_finite(word: str) -> bool:
    """A present-tense or s-passive verb («ber», «trenger», «skrives»), or a finite auxiliary."""
    return word in _CLAUSE_VERBS or (
        len(word) >= 3 and word not in _PREPOSITIONS and word.endswith(("r", "es", "ast", "as"))
    )


def _reach(tokens: list[str], at: int) -> bool:
    """Whether «når» at ``at`` is the verb *reach* («… slik at partene når felles mål»), not the
    conditional «when»: the word before it is its subject — a pronoun («vi», «dei»), a definite
    plural («partene», «kommunane») or a body («helseforetaket») — and what follows is its object,
    not «det», «behov» or another conditional word, and not a subject with its own verb («når
    pasienten skrives ut», «når møtet skal haldast»). At the start of a clause, after a comma or
    after «kun», «berre», «bare», it is the conditional."""
    before = tokens[at - 1] if at else ""
    plural = len(before) >= 5 and before.endswith(("ene", "ane", "erne", "arne")) and before not in _NOT_SUBJECTS
    if not (before in _REACH_SUBJECTS or plural):
        return False
    after: list[str] = []
    for token in tokens[at + 1 : at + 4]:
        if token in _BREAKS or token == "," or token in _SUBORDINATORS or token in _COORDINATORS:
            break
        after.append(token)
    if not after or after[0] in _WHEN_WORDS or any(w in _CLAUSE_VERBS for w in after):
        return False
    # a subject with its own verb after «når» makes it the condition («når pasienten skrives ut»,
    # «når SSU ber om det»)
    subject = _definite(after[0]) or after[0] in _KNOWN_ABBREVIATIONS
    return not (len(after) >= 2 and subject and _looks_finite(after[1]))


def _without_reach(entry: str) -> str:
    """``entry`` (case aside) with each «når» that is the verb *reach* (:func:`_reach`) written
    «når_», so that it is no condition and opens no subordinate clause."""
    text = entry.casefold()
    if "når" not in text:
        return text
    spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    tokens = [token for _, _, token in spans]
    for i in reversed(range(len(tokens))):
        if tokens[i] == "når" and _reach(tokens, i):
            text = text[: spans[i][1]] + "_" + text[spans[i][1] :]
    return text


def _weakening(qualifiers: list[str], wordings: list[str], entry: str) -> list[str]:
    """The qualifiers (and negations) that weaken the point in ``entry``, in the order given. A
    single word counts only near the point (outside a subordinate clause), except a word that
    opens a condition (``dersom``, ``hvis``, ``viss``, ``når``): the condition *is* the
    subordinate clause ("Initiere utviklingsarbeid dersom partene ønskjer det"). The verb «når»
    (*reach*: «slik at partene når felles mål») is no condition (:func:`_reach`)."""
    as_written, _ = _scopes(wordings, entry)  # a qualifier of several words with «når» is read as written
    if not any("når" in _words(wording) for wording in wordings):
        entry = _without_reach(entry)
    clause, near = _scopes(wordings, entry)
    for article in ("en", "ein", "et", "eit"):  # «ein viss storleik»: "a certain", not "if"
        clause = clause.replace(f" {article} viss ", f" {article} ")

    def scope(qualifier: str) -> str:
        said = _words(qualifier)
        if len(said) == 1:
            return clause if qualifier in _CONDITIONS else near
        return as_written if "når" in said else clause

    found = [q for q in qualifiers if _run(q) in scope(q)]
    return (
        found
        + [n for n in sorted(_NEGATIONS) if f" {n} " in near]
        + [c for c in _CANCELLING if f" {c} " in clause and c not in found]
    )


_CANCELLING = (
    *("bortfaller", "bortfell", "faller bort", "fell bort", "bortfalle", "avvikles", "avviklast", "opphører"),
    *("opphøyrer", "utgår", "går ut", "oppheves", "opphevast", "strykes", "strykast", "tas ut", "vert teke ut"),
    *("blir tatt ut", "skal ikke lenger", "skal ikkje lenger"),
)
"""Words that cancel a point wherever they stand in its sentence («Drøfte mål og rammer for
helsefellesskapet bortfaller som oppgave», «Halvårsrapporteringa vert avvikla» … «avvikles»):
always read, beside ``weakened_by``, as a negation is (round 26 Telemark)."""


_CONDITIONS = frozenset({"dersom", "hvis", "viss", "når"})
_NEXT_POINT = frozenset({"og", "samt", "eller"})
"""After the point, a coordinator opens the next point: a single word after it («og kan …»,
«og ikkje …») is that point's, not this one's."""
_RELATIVES = frozenset({"som", "der"})
_AUXILIARIES = frozenset(
    {"er", "var", "har", "hadde", "skal", "skulle", "blir", "ble", "vert", "vart", "blei", "kan", "bør", "må", "vil"}
)


def _opens_relative_clause(words: list[str], start: int) -> bool:
    """Whether the words from ``start`` open a relative clause: right after ``som`` or ``der``,
    or after one of them and one auxiliary."""
    before = words[max(0, start - 2) : start]
    return bool(
        (before and before[-1] in _RELATIVES)
        or (len(before) == 2 and before[0] in _RELATIVES and before[1] in _AUXILIARIES)
    )


def _in_relative_clause(wording: str, entry: str) -> bool:
    """Whether every occurrence of ``wording`` in ``entry`` opens a relative clause about
    something else: right after ``som`` or ``der``, or after one of them and one auxiliary
    ("Rapportere til partnarskapsmøtet, som er styringsorgan for FOUSAM" says what the
    partnarskapsmøte is, not that the forum is it). Narrow on purpose: a wording further into
    the clause, or after it, is read as the entry's own."""
    words, wanted = _words(entry), _words(wording)
    starts = [i for i in range(len(words) - len(wanted) + 1) if words[i : i + len(wanted)] == wanted]
    return bool(starts) and all(_opens_relative_clause(words, start) for start in starts)


def has_own_wording(wording: str, entry: str) -> bool:
    """``entry`` has ``wording`` as its own point: a run of its whole words, not only inside a
    relative clause that says it of something else."""
    return has_wording(wording, entry) and not _in_relative_clause(wording, entry)


_TOKEN = re.compile(r"\w+|[;:.!?–—,]")
_BREAKS = frozenset(";:.!?–—")
_COMPLEMENTISERS = frozenset({"at", "om"})
_CLAUSE_VERBS = frozenset(
    {
        *("skal", "skulle", "kan", "kunne", "må", "måtte", "bør", "burde", "vil", "ville"),
        *("er", "var", "har", "hadde", "blir", "ble", "blei", "vert", "vart"),
        *("får", "fikk", "fekk", "mottar", "mottek", "mottok", "tar", "tek", "tok"),
    }
)
"""The finite verbs that end the subject of a clause opened by «at» or «om» (besides a key word
in the present tense, «at FSU etablerer fora»)."""
_EXPLETIVES = frozenset({"det", "dette", "der", "her"})
_PRONOUNS = frozenset(
    {"den", "denne", "de", "dei", "dere", "dykk", "vi", "me", "man", "ein", "en", "alle", "selv", "sjølv"}
)
_COORDINATORS = frozenset({"og", "eller", "samt", ","})
_RECEIVING = frozenset(
    {
        *("motta", "mottar", "mottek", "mottok", "motteke", "mottatt"),
        # the s-passive of being informed: «Orienteres om SSUs dialog …» is told of it, not holding it
        *("orienteres", "orienterast", "informeres", "informerast", "underrettes", "underrettast"),
    }
)
_GETTING = frozenset({"få", "får", "fikk", "fekk", "fått"})
_GETTING_DONE = frozenset({"til", "på", "i", "fram", "frem", "opp", "ut", "gjort", "gjennomført"})
"""After «få»: «få til», «få på plass», «få i gang», «få gjort» are getting something done, not receiving."""
_TAKING = frozenset({"ta", "tar", "tek", "tok", "teke", "tatt"})
_BECOMING = frozenset({"bli", "blir", "ble", "blei", "blitt", "vart", "vert", "verte", "vorte"})
_HAVING = frozenset({"ha", "har", "hadde", "hatt"})
_POSSESSIVES = frozenset({"sin", "si", "sitt", "sine"})
_RECEIVING_VERBS = _RECEIVING | _GETTING | _TAKING | _BECOMING
_RECEIVING_STARTS = _RECEIVING_VERBS | _HAVING
_STOPS = _COORDINATORS | _SUBORDINATORS | {"at"}
"""What ends a receiving verb's reach before the point's words («Motta rapportar og støtte FSU»)."""
_STOPS_AFTER_HAVING = _STOPS - {"som"}
_MARKS = _COMPLEMENTISERS | _SUBORDINATORS | _RECEIVING_STARTS


_REACH = 30
"""How far before the point's words (and after a receiving «ha») a shape is looked for, in words:
a mandate entry's clause is shorter, and the cost of an entry stays linear in its length."""


class _Tokens:
    """An entry's tokens (:func:`_tokens`), with where each one's clause starts and ends and where
    the words the shapes turn on stand (``at``, ``om``, a subordinator, a receiving verb), so that
    a reading looks at those only: the cost of an entry stays linear in its length."""

    def __init__(self, entry: str) -> None:
        found = list(_TOKEN.finditer(entry))
        self.words = tokens = [m.group().casefold() for m in found]
        self.upper = [m.group().isupper() and len(m.group()) > 1 for m in found]
        """Whether each token is written in capitals («FSU», «HMR»): an abbreviation."""
        self.joined = [
            i > 0 and m.start() == found[i - 1].end() + 1 and entry[m.start() - 1] == "-" for i, m in enumerate(found)
        ]
        """Whether each token is joined to the one before by a hyphen («FSU-ene», «FSU-rapportar»)."""
        self.clause: list[int] = []
        start = 0
        for i, token in enumerate(tokens):
            self.clause.append(start)
            if token in _BREAKS:
                start = i + 1
        self.ends = [len(tokens)] * len(tokens)
        end = len(tokens)
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i] in _BREAKS:
                end = i
            self.ends[i] = end
        self.marks = [i for i, token in enumerate(tokens) if token in _MARKS]

    def first(self, at: int) -> int:
        """Where the clause of the word at ``at`` starts, ``_REACH`` words back at most."""
        return max(self.clause[at], at - _REACH)

    def end(self, at: int) -> int:
        """Where the clause of the word at ``at`` ends, ``_REACH`` words on at most."""
        return min(self.ends[at], at + _REACH)

    def marked(self, lo: int, hi: int) -> list[int]:
        """The positions of the marked words from ``lo`` up to ``hi``, in order."""
        return self.marks[bisect.bisect_left(self.marks, lo) : bisect.bisect_left(self.marks, hi)]


_LEGAL_SUFFIXES = frozenset({"hf", "rhf", "iks", "as", "asa", "sf", "kf", "kommune", "fylkeskommune"})
"""What may close a body's name and be left out where an entry names it («Helse Førde» for «Helse
Førde HF», «Molde» for «Molde kommune»)."""
_FORMERLY = re.compile(r"^(?:tidlegare|tidligere|tidl\.?|før|formerly)\s+", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\(([^()]*)\)")


def _body_names(name: str | None, also_known_as: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The names an entry may name a body by: each of :func:`names_of` (the name, the name before
    a parenthesis, what the parenthesis holds, ``also_known_as``), a parenthesis's former name
    without «tidlegare», «tidligere», «tidl.» or «før» and each part of it between commas or
    slashes («Fagleg samarbeidsutval (tidlegare Fagrådet)»: also «Fagleg samarbeidsutval» and
    «Fagrådet»), and each of them without a closing legal suffix (:data:`_LEGAL_SUFFIXES`)."""
    found: list[str] = []
    for text in names_of(name, also_known_as):
        found.append(text)
        for inner in _PARENTHESIS.findall(text):
            found.extend(_FORMERLY.sub("", part.strip()) for part in re.split(r"[,;/]", inner))
    for text in list(found):
        words = text.split()
        if len(words) > 1 and words[-1].casefold().rstrip(".") in _LEGAL_SUFFIXES:
            found.append(" ".join(words[:-1]))
    return list(dict.fromkeys(n for n in found if _words(n)))


class _Own:
    """Whether a word names the body whose mandate is read: a word of its name or id of four
    letters or more, or a form of one («samarbeidsutvalget», «samarbeidsutvalet» for «Strategisk
    samarbeidsutvalg»); «utvalget», «utvalet», «forumet»; or an abbreviation of its name — two to five letters, the
    name's first letter and then letters of the name in order («SSU» for «Strategisk
    samarbeidsutvalg», not «FSU»)."""

    def __init__(self, name: str, *others: str, aliases: tuple[str, ...] = (), org: Organisation | None = None) -> None:
        self.letters = "".join(_words(_PARENTHESIS.sub(" ", name)))
        names = [*_body_names(_PARENTHESIS.sub(" ", name)), *_body_names(name, aliases)[1:], *others]
        self.stems = [w for text in names for w in _words(text) if len(w) >= 4 and not _FORMERLY.match(w + " ")]
        # a short other name (``also_known_as: [HSU]``) names the body as a whole word
        self.aliases = frozenset(" ".join(_words(alias)) for alias in aliases)
        self.org = org

    @property
    def bodies(self) -> _Bodies:
        """The bodies the organisation has, for the subject of an entry's main clause: read once
        per organisation, and only when an entry has a subject to read."""
        return _bodies_of(self.org)

    def __call__(self, word: str) -> bool:
        if (
            word in {"utvalget", "utvalet", "forumet"}
            or word in self.aliases
            or any(word.startswith(stem) or _inflected(word, stem) for stem in self.stems)
        ):
            return True
        return self._abbreviation(word)

    def strictly(self, word: str) -> bool:
        """Whether a word names the body itself as a main clause's subject: as :meth:`__call__`,
        but a form of a word of its name only, not a longer word that starts with one
        («helseføretaket» is another body in the mandate of «FSU for psykisk helse»)."""
        return (
            word in {"utvalget", "utvalet", "forumet"}
            or word in self.aliases
            or any(_inflected(word, stem) for stem in self.stems)
            or self._abbreviation(word)
        )

    def _abbreviation(self, word: str) -> bool:
        if not (2 <= len(word) <= 5 and self.letters[:1] == word[:1]):
            return False
        rest = iter(self.letters)
        return all(letter in rest for letter in word)


_FOLD = str.maketrans({"ø": "o", "æ": "a", "å": "a"})
_ENDINGS = frozenset({"", "e", "a", "t", "en", "et", "ne", "ar", "er", "ane", "ene", "eg", "ege", "ige"})
"""What a body word may end in beyond its base: plural, definite, the nynorsk «-eg» of «-ig»
(«kommunane», «helseføretaket», «FSU-ene», «faglege samarbeidsutval»)."""
_BASE_ENDS = frozenset({"", "e", "g", "ig", "t"})
"""What a base may end in that its form leaves out («kommun|e» in «kommun|ane», «samarbeidsutval|g»)."""
_KNOWN_BODIES = (
    *("kommune", "bydel", "kommunestyre", "bystyre", "fylkeskommune", "helseforetak", "helseføretak"),
    *("foretak", "føretak"),  # the trust by its short word («Føretaket utformar …»: round 29 Fonna)
    *("sykehus", "sjukehus", "statsforvalter", "statsforvaltar", "helsedirektorat", "direktorat"),
    *("departement", "partnerskapsmøte", "partnarskapsmøte", "samarbeidsutvalg", "samarbeidsutval"),
    *("arbeidsutvalg", "arbeidsutval", "sekretariat", "fagråd", "brukerråd", "brukarråd"),
)
"""Body words every health community has, besides those of the organisation's own document."""
_KNOWN_ABBREVIATIONS = frozenset({"fsu", "ssu", "asu", "lsu", "ks", "pm"})
_NOT_BODIES = frozenset({"partene", "partane", "partner", "medlemmene", "medlemmane"})
"""The forum's parties or members together are the forum, not another body («Partene skal i
fellesskap …»)."""
_DETERMINERS = frozenset({"de", "dei", "den", "alle", "begge", "hver", "hvert", "kvar", "kvart", "andre"})


def _inflected(word: str, base: str) -> bool:
    """Whether ``word`` is ``base`` or a form of it (:data:`_ENDINGS`, :data:`_BASE_ENDS`; «ø»
    as «o», so «helseføretaket» is a form of ``helseforetak``), their common part four letters
    or more."""
    if word == base:
        return True
    if len(base) < 4:  # a short name is itself only: «ha» (to have) is not «Hå» (round 28 Sør-Rogaland)
        return False
    word, base = word.translate(_FOLD), base.translate(_FOLD)
    if word == base:
        return True
    common = next((i for i, (a, b) in enumerate(zip(word, base, strict=False)) if a != b), min(len(word), len(base)))
    return common >= 4 and base[common:] in _BASE_ENDS and word[common:] in _ENDINGS


def _abbreviates(word: str, letters: str) -> bool:
    """Whether ``word`` (two to six letters) is an abbreviation of a name whose letters are
    ``letters``: their first, then letters of the name in order («HMR» for «Helse Møre og
    Romsdal HF»)."""
    if not (2 <= len(word) <= 6 and letters[:1] == word[:1]):
        return False
    rest = iter(letters)
    return all(letter in rest for letter in word)


class _Bodies:
    """The bodies an organisation has, by the words an entry may name them with: another
    forum (its name, type word, id or an abbreviation of its name), a party (name, type word, id,
    abbreviation), the secretariat, and the body words every health community has
    (:data:`_KNOWN_BODIES`). Stricter than :func:`_names_another`, so that a free noun phrase
    at an entry's start («Årlig rapport …») is no body."""

    def __init__(self, names: tuple[str, ...] = (), words: tuple[str, ...] = (), ids: tuple[str, ...] = ()) -> None:
        self.names: dict[str, list[list[str]]] = {}
        """The names by the first four letters of their first word, «ø» as «o»: a form shares them."""
        for name in (_words(n) for n in (*names, *words, *_KNOWN_BODIES)):
            if 0 < len(name) <= 4:
                self.names.setdefault(name[0].translate(_FOLD)[:4], []).append(name)
        self.letters = sorted({letters for n in names if (letters := "".join(_words(n)))})
        self.ids = frozenset(i.casefold() for i in ids) | _KNOWN_ABBREVIATIONS
        self.known: dict[str, bool] = {}

    @classmethod
    def of(cls, org: Organisation) -> _Bodies:
        names: list[str] = []
        words: list[str] = []
        for forum in org.fora.values():
            names.extend(_body_names(forum.name, forum.also_known_as))
            words.extend((forum.type.replace("-", " "), forum.type.split("-")[-1]))
            if forum.secretariat is not None and forum.secretariat.name:
                names.extend(_body_names(forum.secretariat.name, forum.secretariat.also_known_as))
        for party in org.parties.values():
            names.extend(_body_names(party.name, party.also_known_as))
            words.append(party.type.replace("-", " "))
        if org.secretariat is not None and org.secretariat.name:
            names.extend(_body_names(org.secretariat.name, org.secretariat.also_known_as))
        return cls(tuple(names), tuple(words), (*org.fora, *org.parties))

    def abbreviation(self, word: str) -> bool:
        """Whether a word in capitals is one of the organisation's bodies: an id, an abbreviation
        every health community uses («FSU», «KS») or one of a body's name."""
        if word not in self.known:
            self.known[word] = word in self.ids or any(_abbreviates(word, letters) for letters in self.letters)
        return self.known[word]

    def named(self, words: list[str]) -> bool:
        """Whether ``words`` (one to four, lower case) are a body's name or a form of it."""
        names = self.names.get(words[0].translate(_FOLD)[:4], [])
        return any(len(name) == len(words) and all(map(_inflected, words, name)) for name in names)


_LAST: list[tuple[Organisation | None, _Bodies]] = []
"""The organisation whose bodies were read last, with them: a rule reads one organisation's fora
one after the other."""


def _bodies_of(org: Organisation | None) -> _Bodies:
    if not _LAST or _LAST[0][0] is not org:
        _LAST[:] = [(org, _Bodies.of(org) if org is not None else _Bodies())]
    return _LAST[0][1]


def _body_units(entry: _Tokens, lo: int, hi: int) -> list[tuple[str, bool]]:
    """The words from ``lo`` up to ``hi`` with those joined by a hyphen as one («fsu-ene»), each
    with whether it is written in capitals (its first part)."""
    units: list[tuple[str, bool]] = []
    for i in range(lo, hi):
        if entry.joined[i] and units:
            units[-1] = (f"{units[-1][0]}-{entry.words[i]}", units[-1][1])
        else:
            units.append((entry.words[i], entry.upper[i]))
    return units


def _conjunct_is(units: list[tuple[str, bool]], own: _Own) -> str | None:
    """What one conjunct of a subject names: ``own`` (the forum itself, or its parties or members
    together, or a pronoun), ``other`` (another of the organisation's bodies), or None."""
    words = [w for w, _ in units]
    determined = bool(words) and words[0] in _DETERMINERS
    while len(words) > 1 and words[0] in _DETERMINERS:
        words, units = words[1:], units[1:]
    if not words or len(words) > 4:
        return None
    if all(own.strictly(w.split("-")[0]) for w in words) or (
        len(words) == 1 and (words[0] in _PRONOUNS or words[0] in _NOT_BODIES)
    ):
        return "own"
    if len(units) == 1 and units[0][1]:  # an abbreviation, with its ending: «FSU», «FSU-ene»
        head, _, ending = units[0][0].partition("-")
        if (not ending or ending in _ENDINGS) and own.bodies.abbreviation(head):
            return "other"
    if "-" not in "".join(words) and own.bodies.named(words):
        return "other"
    # after a determiner, a body word described by a word or two («Dei faglege samarbeidsutvala»,
    # «De faglige samarbeidsutvalgene») is another body of that kind, as in a subordinate clause
    head = words[-1]
    if determined and 2 <= len(words) <= 3 and "-" not in head and own.bodies.named([head]):
        return "other"
    # a post of another body: «Leiaren av SSU» in the secretariat's mandate (round 27 Møre og
    # Romsdal MR18); «Leiaren av SSU» in the SSU's own mandate stays the forum's
    if len(words) >= 3 and words[0] in _POSTS and words[1] in {"av", "i", "for"}:
        return _conjunct_is(units[2:], own)
    return None


_POSTS = frozenset(
    {"leder", "lederen", "leiar", "leiaren", "nestleder", "nestlederen", "nestleiar", "nestleiaren"}
    | {"direktør", "direktøren", "sekretær", "sekretæren", "koordinator", "koordinatoren"}
)
"""Posts a subject may name a body's holder by («Leiaren av SSU førebur møta»)."""

_SUBJECT_WORDS = 8
"""How many words a main clause's subject may have («Kommunane, bydelane og helseføretaket»)."""
_PRESENT_WITHOUT_R = frozenset(
    {"skriv", "les", "gjev", "tek", "syt", "vel", "held", "legg", "kjem", "et", "får", "gjeld", "ligg", "fell"}
)
"""Nynorsk present tenses that do not end in «-r» («HMR skriv referat»)."""
_SHORT_PRESENTS = frozenset({"gir", "tar", "ser", "går", "ber", "gjør", "gjer", "lar", "når", "slår", "står", "drar"})
"""Present tenses of three letters («SSU gir føringer»)."""
_NO_VERBS = frozenset({"eller", "etter", "under", "over", "mellom", "for", "per"})


def _finite(entry: _Tokens, at: int) -> bool:
    """Whether the word at ``at`` may be a finite verb: an auxiliary, a present tense («beslutter»,
    «utpeikar», nynorsk «skriv»), not the second part of a hyphenated word."""
    word = entry.words[at]
    if entry.joined[at] or word in _NO_VERBS:
        return False
    return (
        word in _CLAUSE_VERBS
        or word in _PRESENT_WITHOUT_R
        or word in _SHORT_PRESENTS
        or (len(word) >= 4 and word.endswith("r"))
    )


def _predicate_follows(entry: _Tokens, at: int) -> bool:
    """Whether a comma before ``at`` goes on with another predicate of the same subject: a finite
    verb, after an «og», «samt» or «eller» or not («HMR skriv referat, publiserer saksdokument,
    samt koordinerer oppfølging av vedtak»: HMR does all three)."""
    if at < len(entry.words) and entry.words[at] in _NEXT_POINT:
        at += 1
    return at < len(entry.words) and _finite(entry, at)


def _subject_from(
    entry: _Tokens, lo: int, start: int, is_key: Callable[[str], bool], own: _Own
) -> tuple[str, int] | None:
    """The subject of a clause that starts at ``lo``, when it names a body: ``own`` or ``other``
    (:func:`_conjunct_is`, every conjunct of it — an ``own`` one makes it the forum's), with where
    its finite verb stands, at or before the key word at ``start``, no subordinate clause, «at» or
    comma between that verb and the key word but a comma before another finite verb of the same
    subject (:func:`_predicate_follows`)."""
    tokens = entry.words
    for verb in range(lo + 1, min(start, lo + _SUBJECT_WORDS) + 1):
        if not _finite(entry, verb):
            continue
        subject = tokens[lo:verb]
        if any(t in _BREAKS or t in _SUBORDINATORS or t in _COMPLEMENTISERS or is_key(t) for t in subject):
            return None
        named = _names_body(entry, lo, verb, own)
        if named is None:
            continue
        between = tokens[verb + 1 : start]
        # «X sørgjer for at det utpeikast …», «X skal sørge for at Ishavserklæringen følges opp»:
        # an «at» clause with no acting body of its own is the main subject's doing
        if any(
            (t == "," and not _predicate_follows(entry, verb + 2 + k))
            or t in _SUBORDINATORS
            or (
                t == "at"
                and not (k + 1 < len(between) and between[k + 1] in _EXPLETIVES)
                and not _ensured(entry, verb + 1 + k, own)
            )
            for k, t in enumerate(between)
        ):
            return None
        return named, verb
    return None


def _names_body(entry: _Tokens, lo: int, hi: int, own: _Own) -> str | None:
    """What the words from ``lo`` up to ``hi`` name as a clause's subject: ``own`` where one
    conjunct of the list is the forum itself, ``other`` where every conjunct is another of the
    organisation's bodies (:func:`_conjunct_is`), None otherwise (a free noun phrase)."""
    conjuncts: list[list[tuple[str, bool]]] = [[]]
    for unit in _body_units(entry, lo, hi):
        if unit[0] in _COORDINATORS:
            conjuncts.append([])
        else:
            conjuncts[-1].append(unit)
    named = [_conjunct_is(c, own) for c in conjuncts]
    if None in named:
        return None
    return "own" if "own" in named else "other"


def _clause_subject(entry: _Tokens, lo: int, hi: int, own: _Own) -> str | None:
    """What the subject of a subordinate clause from ``lo`` up to ``hi`` names
    (:func:`_names_body`), where a body word as the last of two to four words, with no
    preposition before it, is the body described («dei faglege samarbeidsutvala», «faglige
    samarbeidsutvalg» where the organisation has no forum of that type)."""
    named = _names_body(entry, lo, hi, own)
    if named is not None or not 2 <= hi - lo <= 4:
        return named
    words = entry.words[lo:hi]
    if any(w in _OBJECT_ENDS or w in _COORDINATORS or w in _BREAKS for w in words):
        return None
    # a body word described by words that are not all the forum's («faglige samarbeidsutvalg»
    # in the mandate of «Strategisk samarbeidsutvalg») is another body of that kind
    head = words[-1]
    if head in _PRONOUNS or head in _NOT_BODIES:
        return None
    return "other" if _conjunct_is(_body_units(entry, hi - 1, hi), own) is not None else None


_ENSURING = {
    "for": frozenset(
        {
            *("sørge", "sørgje", "sørger", "sørgjer", "syt", "syte", "ansvar", "ansvaret"),
            *("ansvarlig", "ansvarleg", "ansvarlige", "ansvarlege"),
        }
    ),
    "til": frozenset({"se", "ser", "sjå", "sjekke"}),
    "": frozenset({"sikre", "sikrer", "sikrar", "påse", "påser", "sjå", "garantere"}),
}
"""The verbs of ensuring before «at», by the word between them and «at» («sørge for at», «ha
ansvar for at», «ansvarleg for at», «se/sjå til at», «sikre at», «påse at»): what the «at»
clause says is the ensurer's responsibility, unless a body acts in it."""
_SUBJECT_OF_AT = 4
"""How many words the subject of an «at» clause may have before its finite verb."""


def _ensured(entry: _Tokens, at: int, own: _Own) -> bool:
    """Whether the «at» at ``at`` follows a verb of ensuring (:data:`_ENSURING`) and its clause
    has no body of the organisation acting as its subject: a passive («at Ishavserklæringen
    følges opp»), a free noun («at representantar vert oppnemnde»), or a body that receives («at
    faglige samarbeidsutvalg får tilført ressurser»). Then the clause is the ensurer's act."""
    tokens = entry.words
    before = tokens[at - 1] if at > 0 else ""
    if before in _ENSURING[""]:
        pass
    elif not (at > 1 and before in ("for", "til") and tokens[at - 2] in _ENSURING[before]):
        return False
    end = entry.end(at)
    verb = next((v for v in range(at + 2, min(end, at + 2 + _SUBJECT_OF_AT)) if _finite(entry, v)), None)
    if verb is None or _clause_subject(entry, at + 1, verb, own) is None:
        return True
    return tokens[verb] in _RECEIVING_VERBS and _participle(tokens, verb + 1)


def _main_subject_another(entry: _Tokens, start: int, is_key: Callable[[str], bool], own: _Own) -> bool:
    """Whether the key word at ``start`` stands in a main clause whose subject is another body of
    the organisation: the clause's first one to four words, or a list of them, naming it
    (:class:`_Bodies`), then a finite verb («Partnerskapsmøtet beslutter saker …», «FSU-ene
    skaffer selv ressurser», «Kommunane og helseføretaket utpeikar representantar», «HMR skriv
    referat»). A subject after an «og», «eller» or «samt» past that verb is the nearer one
    («Partnerskapsmøtet vedtar planane og SSU følgjer dei opp»)."""
    lo = entry.clause[start]
    if start - lo > _REACH:
        return False
    found, verb = "", -1
    for at in (lo, *(k + 1 for k in range(lo + 1, start) if entry.words[k] in _NEXT_POINT)):
        if at <= verb:
            continue
        subject = _subject_from(entry, at, start, is_key, own)
        if subject is not None:
            found, verb = subject
    return found == "other"


_HANDED = frozenset({"for", "til"})


def _handed_to_another(entry: _Tokens, start: int, is_key: Callable[[str], bool], own: _Own) -> bool:
    """Whether the point is handed to another body: «til», another body (:class:`_Bodies`), then
    «for» or «til» and a key word, in the clause of the key word at ``start`` («Sende
    prinsipielle saker til SSU for drøfting» in the partnerskapsmøte's mandate); or «til», a key
    word and «i»/«hos»/«av» another body («Forberede prinsipielle saker til beslutning i
    partnerskapsmøtet» in the SSU's mandate)."""
    tokens, end = entry.words, entry.end(start)
    for at in range(max(entry.clause[start], start - 6), end):
        if tokens[at] != "til":
            continue
        # «til beslutning i partnerskapsmøtet»: the point's noun, then the body it goes to
        if at + 3 <= end - 1 and is_key(tokens[at + 1]) and tokens[at + 2] in {"i", "hos", "av"}:
            stop = next((k for k in range(at + 3, min(end, at + 8)) if tokens[k] in _STOPS), min(end, at + 8))
            if _conjunct_is(_body_units(entry, at + 3, stop), own) == "other":
                return True
        for by in range(at + 2, min(end - 1, at + 6)):
            if tokens[by] in _HANDED and is_key(tokens[by + 1]):
                if _conjunct_is(_body_units(entry, at + 1, by), own) == "other":
                    return True
                break
    return False


_ASKING = frozenset(
    {"be", "ber", "bed", "bad", "anmode", "anmoder", "anmodar", "oppmode", "oppmodar", "oppfordre", "oppfordrer"}
    | {"pålegge", "pålegg", "pålegger", "instruere", "instruerer"}
)
"""Verbs by which the forum asks or orders another body to do something («Be partnerskapsmøtet
sørge for …»): the act asked for is that body's."""
_ASK_STOPS = frozenset({",", "og", "samt", "eller"})
_GIVING = frozenset({"gi", "gir", "gje", "gjev", "gav", "gitt"})
_POWERS = frozenset({"fullmakt", "myndighet", "myndigheit", "mandat", "oppdrag", "oppdraget", "ansvar", "ansvaret"})
"""«Gi SSU fullmakt til å beslutte …»: the power to do it given to another body, whose act it is
(round 29 Vestre Viken VV9)."""


def _asked_of_another(entry: _Tokens, start: int, own: _Own) -> bool:
    """Whether the point at ``start`` is asked of another body: an asking verb (:data:`_ASKING`)
    before it in its clause, then one to four words naming another body, then «om», «å» or the
    point («Be partnerskapsmøtet sørge for at Ishavserklæringen følges opp», «Anmode SSU om å
    godkjenne …» in another forum's mandate; round 27 UNN UN9); or «gi», another body and a power
    it is given (:data:`_POWERS`: «Gi SSU fullmakt til å beslutte retning …»). The forum asking itself («Be SSU
    …» in the SSU's mandate) keeps the point."""
    tokens = entry.words
    lo = start  # back to a sentence break, a comma or a coordinator, past «at», «om» and «å»
    while lo > max(0, start - 12) and tokens[lo - 1] not in _BREAKS and tokens[lo - 1] not in _ASK_STOPS:
        lo -= 1
    for at in range(lo, start):
        giving = tokens[at] in _GIVING and any(t in _POWERS for t in tokens[at + 2 : min(start, at + 7)])
        if tokens[at] not in _ASKING and not giving:
            continue
        ends = {"om", "å", "at"} | (_POWERS if giving else set())
        stop = min(next((k for k in range(at + 1, start) if tokens[k] in ends), start), at + 5)
        for end in range(at + 2, stop + 1):  # the body: the words up to «om», «å» or the verb asked for
            said = _conjunct_is(_body_units(entry, at + 1, end), own)
            if said == "own":
                break
            if said == "other":
                return True
    return False


def _another_bodys_act(entry: _Tokens, start: int, is_key: Callable[[str], bool], own: _Own) -> bool:
    """Whether the key word at ``start`` stands in a clause opened by «at» or «om» whose subject
    is another body: one to four words, none of them a key word, followed by a finite verb
    («skal», «kan», «er», «har», «får» … or the key word itself in the present tense), with no
    comma between that verb and the key word. Not another body: «det», «dette» (expletive), a
    lone pronoun («dei», «vi»), the forum itself (``own``: «at SSU skal …» in the SSU's
    mandate), and a subject that *receives* through a verb among the item's own words («sørge
    for at FSU får tilført ressursar» for the point «får tilført ressursar»)."""
    tokens = entry.words
    for at in reversed(entry.marked(entry.first(start), start)):
        if tokens[at] not in _COMPLEMENTISERS:
            continue
        verb = next(
            (
                v
                for v in range(at + 2, min(start, at + 5) + 1)
                if tokens[v] in _CLAUSE_VERBS or (v == start and tokens[v].endswith("r"))
            ),
            None,
        )
        if verb is None or "," in tokens[verb:start]:
            continue
        subject = tokens[at + 1 : verb]
        if (
            len(subject) > 4
            or any(
                w in _BREAKS or w == "," or w in _SUBORDINATORS or w in _COMPLEMENTISERS or is_key(w) for w in subject
            )
            or subject[0] in _EXPLETIVES
            or _clause_subject(entry, at + 1, verb, own) != "other"
        ):
            continue
        # a subject that receives («sørge for at FSU får tilført ressursar») does not act: the forum sees to it
        if tokens[verb] in _RECEIVING_VERBS and (is_key(tokens[verb]) or _participle(tokens, verb + 1)):
            return False
        return not _gets_or_has(entry, verb, start, is_key)
    return False


_GIVER = frozenset({"frå", "fra", "av"})


def _gets_or_has(entry: _Tokens, verb: int, start: int, is_key: Callable[[str], bool]) -> bool:
    """Whether the key word at ``start`` is what the subject before «får» or «har» at ``verb``
    gets or has («sørge for at FSU-ene får ressurser», «sikre at FSU har nødvendige
    ressurser»): the word right after the verb, or past at most two words that are no verb (an
    article, an adjective), and itself no verb, with no key word after it as the giver («sikre at
    kommunane får støtte frå FSU» for the point ``støtte FSU`` is the FSU's support, not the
    forum's). «at FSU har utarbeidd handlingsplan» and «at FSU får etablere fora» are the FSU's
    acts."""
    tokens = entry.words
    if tokens[verb] not in _GETTING | _HAVING or not verb < start <= verb + 3:
        return False
    if tokens[verb + 1] in _GETTING_DONE:  # «får til», «får gjort»: getting something done
        return False
    if any(_participle(tokens, k) or tokens[k] in _next_verbs() for k in range(verb + 1, start + 1)):
        return False
    end = entry.end(start)
    return not any(tokens[k] in _GIVER and is_key(tokens[k + 1]) for k in range(start + 1, end - 1))


_OPENERS = frozenset({"før", "etter", "inntil", "når", "dersom", "hvis", "viss", "fordi", "som", "der"})
"""Words that open a subordinate clause with a subject of its own («før SSU beslutter …», «når SSU
har besluttet …», «saker som SSU skal beslutte»); «at» is :func:`_another_bodys_act`'s."""


def _subordinate_of_another(entry: _Tokens, start: int, is_key: Callable[[str], bool], own: _Own) -> bool:
    """Whether the key word at ``start`` stands in a subordinate clause (:data:`_OPENERS`) whose
    subject is another of the organisation's bodies: the nearest opener before it in its clause,
    with no comma or other opener between, then one to four words that are no key word and name
    another body (:func:`_names_body`), then a finite verb at or before the key word («Gi innspill
    til SSU før SSU beslutter retning»). The forum itself as that subject keeps the point."""
    tokens = entry.words
    for at in range(start - 1, entry.first(start) - 1, -1):
        token = tokens[at]
        if token == "at":
            return _ensurer_is_another(entry, at, own)
        if token == ",":
            return False
        if token not in _OPENERS:
            continue
        for verb in range(at + 2, min(start, at + 1 + _SUBJECT_OF_AT) + 1):
            if not _finite(entry, verb):
                continue
            if any(is_key(t) or t in _OPENERS for t in tokens[at + 1 : verb]):
                return False
            return _clause_subject(entry, at + 1, verb, own) == "other"
        return False
    return False


def _ensurer_is_another(entry: _Tokens, at: int, own: _Own) -> bool:
    """Whether the «at» clause at ``at`` follows a verb (of ensuring or other) whose own subject is
    another of the organisation's bodies in a clause of its own: an «at» clause with that body as
    its subject («Bidra til at partnerskapsmøtet sikrer at Ishavserklæringen følges opp»), or a
    relative clause about that body («Gi innspill til partnerskapsmøtet, som har ansvar for at
    …»). What that body sees to is its act, not the forum's (round 23 UNN)."""
    tokens, first = entry.words, entry.first(at)
    verb = at - 2 if at > 1 and tokens[at - 1] in ("for", "til") else at - 1
    for k in range(verb - 1, first - 1, -1):
        token = tokens[k]
        if token in _RELATIVES and _finite(entry, k + 1):  # «som» the subject: the body it is about
            antecedent = k - 2 if k > 1 and tokens[k - 1] == "," else k - 1
            return antecedent >= first and _clause_subject(entry, antecedent, antecedent + 1, own) == "other"
        if token == "at" or token in _OPENERS or token in _RELATIVES:
            return 1 <= verb - k - 1 <= _SUBJECT_OF_AT and _clause_subject(entry, k + 1, verb, own) == "other"
        if token == "," or token in _BREAKS:
            return False
    return False


def _participle(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a past participle after «får»/«blir» («tilført», «tildelt»,
    «gjort»), not an infinitive the subject would do («får etablere»)."""
    word = tokens[at] if at < len(tokens) else ""
    return len(word) > 3 and word.endswith(("t", "dd", "tt"))


def _relative_of_another(entry: _Tokens, start: int, is_key: Callable[[str], bool], own: Callable[[str], bool]) -> bool:
    """Whether, after the key word at ``start``, a key word stands in a relative clause whose
    subject is another body: «som» or «der», one to four words that are no key word, not the
    forum itself and not a lone pronoun, then the key word («Følgje med på fora som FOUSAM
    etablerer» for ``etabler fora``; «fora som SSU etablerer» in the SSU's mandate keeps it). A
    verb right after «som» makes «som» the subject («Belyse temaer som fremmer samhandling» keeps
    the point ``belys tema samhandling``); «som» before nouns with no finite verb is «such as», no
    clause («fora, som faglege samarbeidsutval»)."""
    tokens, end = entry.words, entry.end(start)
    for at in range(start + 1, end):
        if tokens[at] not in _RELATIVES:
            continue
        for verb in range(at + 2, min(end, at + 6)):
            if not is_key(tokens[verb]):
                continue
            subject = tokens[at + 1 : verb]
            # a possessive is no subject («… som sitt styringsorgan»: «ha X som sitt Y» is reversed)
            if any(w in _BREAKS or w == "," or w in _SUBORDINATORS or w in _POSSESSIVES or is_key(w) for w in subject):
                break
            if subject[0] in _EXPLETIVES or not _names_another(subject, own):
                break
            # a clause has a finite verb; «som» before nouns only is «such as» («Etablere fora, som
            # faglege samarbeidsutval, arbeidsgrupper og nettverk»: round 27 Fonna FF9)
            if not any(_finite(entry, k) for k in range(at + 2, verb + 1)):
                break
            # «som» is itself the subject when a verb follows it («temaer som fremmer samhandling»),
            # unless that word is one of the organisation's bodies («som Statsforvalter etablerer»)
            if _finite(entry, at + 1) and not (
                isinstance(own, _Own) and _conjunct_is(_body_units(entry, at + 1, at + 2), own) == "other"
            ):
                break
            return True
    return False


def _passive_agent(entry: _Tokens, start: int, own: Callable[[str], bool]) -> bool:
    """Whether the point at ``start`` is done by another body named in a passive's «av» phrase:
    an s-passive («ivaretas», «godkjennes», «vedtast») or «blir»/«vert» + participle, from the
    point on in its clause, right before «av» and one to four words that are not the forum itself
    («Overordnet avtale ivaretas av ASU» in the SSU's mandate; «Handlingsplanen vedtas av SSU»
    keeps it), with no comma, «og» or subordinator between the point and the passive."""
    tokens, end = entry.words, entry.end(start)
    for verb in range(start, end - 1):
        word = tokens[verb]
        if word in _COORDINATORS or word in _SUBORDINATORS:
            return False
        passive = (len(word) >= 5 and word.endswith(("es", "as", "ast"))) or (
            # «blir»/«vert» + a participle: «skrevet», «utarbeidd», «handsama», nynorsk «skrive»
            word in _BECOMING and verb + 1 < end and len(tokens[verb + 1]) > 2 and tokens[verb + 1][-1] in "tdae"
        )
        if not passive:
            continue
        by = verb + (2 if word in _BECOMING else 1)
        if by < end and tokens[by] in _PARTICLES:  # «følges opp av FSU-ene»
            by += 1
        if by >= end or tokens[by] != "av":
            continue
        return _agent_is_another(tokens, by + 1, end, own)
    return False


def _agent_is_another(tokens: list[str], lo: int, end: int, own: Callable[[str], bool]) -> bool:
    """Whether the words of an «av» phrase from ``lo`` (up to a coordinator, a subordinate clause
    or the clause's end; articles left out) are one to four that name another body."""
    agent = []
    for token in tokens[lo : min(end, lo + 5)]:
        if token in _COORDINATORS or token in _SUBORDINATORS or token in _BREAKS:
            break
        agent.append(token)
    agent = [w for w in agent if w not in _ARTICLES]
    return 0 < len(agent) <= 4 and _names_another(agent, own)


def _names_another(words: list[str], own: Callable[[str], bool]) -> bool:
    """Whether the words of a clause's subject (or a passive's agent) name a body other than the
    one whose mandate is read: not a lone pronoun («dei», «vi»), and not every word the forum's
    own (its name, «utvalet», an abbreviation such as «SSU»)."""
    return not (len(words) == 1 and words[0] in _PRONOUNS) and not all(own(w) for w in words)


_ARTICLES = frozenset({"en", "ein", "ei", "et", "eit", "det", "den", "dei", "de"})


def _receiving_verb(tokens: list[str], verb: int, end: int) -> int | None:
    """Where the receiving verb phrase that starts at ``verb`` ends (``None``: none starts there):
    «motta», «få» (not «få til», «få … til å»), «ta imot», a passive «bli»/«vert» + participle,
    «ha X som sin/si/sitt/sine Y» («ha FOUSAM som sitt styringsorgan»)."""
    word, after = tokens[verb], tokens[verb + 1 : end]
    following = after[0] if after else ""
    if word in _RECEIVING:
        return verb
    if word in _TAKING and following in {"imot", "mot"}:
        return verb + 1
    if word in _TAKING and after[:2] == ["i", "mot"]:
        return verb + 2
    if word in _GETTING and following not in _GETTING_DONE:
        causative = any(after[i : i + 2] == ["til", "å"] for i in range(len(after)))
        return None if causative else verb
    if word in _BECOMING and len(following) > 2 and following[-1] in "tda":
        return verb
    if word in _HAVING and "som" in after[1:5]:
        # «ha X som sitt Y»: X one to four words, Y one or two up to the clause's end, an «og» or a comma
        # (not «ha oversikt over tiltak som sine medlemmar set i verk», a relative clause)
        at = after.index("som", 1)
        rest = after[at + 2 :]
        y = next((i for i, t in enumerate(rest) if t in _COORDINATORS), len(rest))
        if (
            not any(t in _COORDINATORS for t in after[:at])
            and at + 1 < len(after)
            and after[at + 1] in _POSSESSIVES
            and 1 <= y <= 2
        ):
            return verb
    return None


def _reversed(entry: _Tokens, start: int, is_key: Callable[[str], bool]) -> bool:
    """Whether the entry's own verb before the key word at ``start`` is a receiving one
    (:func:`_receiving_verb`) that is not itself a key word, in the same clause, outside a
    subordinate clause, with no «og», «eller», «samt», comma or subordinate clause between it
    and the key word («Motta støtte frå FSU»; not «Motta rapportar og støtte FSU»)."""
    tokens, end = entry.words, entry.end(start)
    for verb in entry.marked(entry.first(start), start):
        word = tokens[verb]
        if word in _SUBORDINATORS or word == "at":
            return False
        if word not in _RECEIVING_STARTS or is_key(word):
            continue
        if (
            word in _BECOMING
            and word not in {"bli", "verte"}
            and verb > entry.clause[start]
            and (verb + 1 == start or is_key(tokens[verb + 1]))
        ):
            # the passive of the point's own verb after its object («Handlingsplanar … blir godkjent
            # av SSU»): who does it is the «av»'s; «Bli orientert om …» is the forum being told
            continue
        last = _receiving_verb(tokens, verb, end)
        if last is None or last >= start:
            continue
        stops = _STOPS_AFTER_HAVING if word in _HAVING else _STOPS
        if not any(t in stops for t in tokens[last + 1 : start]) or _told_about(tokens[last + 1 : start]):
            return True
    return False


def _told_about(between: list[str]) -> bool:
    """Whether the words between a receiving verb and the point say what is received is word of
    it: up to two words, «om», and nothing or an «at» clause that runs on to the point with no
    coordinator or subordinator in it («Få melding om at det utpeikast …», «Bli orientert om at
    det …», «Motta informasjon om», «Motta rapport om at FSU får ressursar»: whoever acts in the
    clause, the forum is told of it)."""
    if "om" not in between[:3]:
        return False
    rest = between[between.index("om") + 1 :]
    return not rest or (rest[0] == "at" and not any(t in _STOPS for t in rest[1:]))


def _reading(entry: _Tokens, starts: list[int], is_key: Callable[[str], bool], own: _Own) -> str:
    """``own`` when the point is the entry's own at one of ``starts`` (where a reading of its
    key words begins), else ``reversed`` or ``other-body``."""
    readings = set()
    for start in starts:
        if (
            _main_subject_another(entry, start, is_key, own)
            or _another_bodys_act(entry, start, is_key, own)
            or _subordinate_of_another(entry, start, is_key, own)
            or _passive_agent(entry, start, own)
            or _relative_of_another(entry, start, is_key, own)
            or _handed_to_another(entry, start, is_key, own)
            or _asked_of_another(entry, start, own)
        ):
            readings.add("other-body")
        elif _reversed(entry, start, is_key):
            readings.add("reversed")
        else:
            return "own"
    return "reversed" if "reversed" in readings else "other-body" if readings else "own"


def _phrase_reading(key_words: str, entry: str, own: _Own) -> str:
    """How ``entry`` reads ``key_words`` (a phrasing of ``any_of``): each word of the entry that
    one of them starts, with every other one at or after it, begins a reading."""
    read, prefixes = _Tokens(entry), _words(key_words)
    tokens = read.words

    known: dict[str, bool] = {}

    def is_key(word: str) -> bool:
        if word not in known:
            known[word] = any(key_matches(word, p) for p in prefixes)
        return known[word]

    last = min((max((i for i, t in enumerate(tokens) if key_matches(t, p)), default=-1) for p in prefixes), default=-1)
    starts = [i for i, token in enumerate(tokens[: last + 1]) if is_key(token)]
    # key words that open a relative clause say it of something else («…, som følgjer opp delavtalen»)
    own_starts = [i for i in starts if not _opens_relative_clause(tokens, i) and not _in_question(tokens, i)]
    if starts and not own_starts:
        return "relative"
    copula = _copula_of_another(read, is_key, own)
    if copula is not None:
        return copula
    if _key_subject_acts(read, is_key, own):
        return "other-body"
    later = _Later(read, prefixes, is_key, own)
    kept = [i for i in own_starts if not later.by_another(i)]
    if own_starts and not kept:
        return "other-body"
    return _reading(read, kept, is_key, own)


_QUESTION_WORDS = frozenset({"hvordan", "korleis", "hvorvidt", "hvorfor", "kvifor", "hva", "kva", "hvilke"})
"""Words that open an indirect question («Rapportere om hvordan Ishavserklæringen følges opp»):
what it asks about is what the forum reports or weighs, not its own act."""


def _in_question(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` stands in an indirect question (:data:`_QUESTION_WORDS`) before
    it in its clause, with no comma, coordinator or clause boundary between (round 24 UNN: «Rapportere
    til partnerskapsmøtet om hvordan Ishavserklæringen følges opp» does not follow it up)."""
    for k in range(at - 1, max(at - _REACH, -1), -1):
        token = tokens[k]
        if token in _QUESTION_WORDS:
            return True
        if token in _BREAKS or token in _COORDINATORS:
            return False
    return False


def _key_subject_acts(entry: _Tokens, is_key: Callable[[str], bool], own: _Own) -> bool:
    """Whether the entry opens with another body that is one of the point's words and goes on
    with a verb that is another of them: «LSU koordinerer arbeidet sjølv» for the point
    ``koordiner lsu`` (the LSUs coordinate themselves; the forum does not). «FSU gir SSU støtte»
    for ``støtt FSU`` keeps the point: its verb is no word of the point. A verb with «selv» after
    it says so whatever the verb: «FSU skal selv sørge for ressurser og rammer» for ``ressurs
    FSU``."""
    tokens = entry.words
    for verb in range(1, min(len(tokens), 5)):
        if tokens[verb] in _BREAKS or tokens[verb] == ",":
            return False
        # «FSU skal selv sørge for ressurser»: the body does it itself, whatever the verb (round 28 UNN)
        if (
            _finite(entry, verb)
            and verb + 1 < len(tokens)
            and tokens[verb + 1] in _SELF
            and _conjunct_is(_body_units(entry, 0, verb), own) == "other"
        ):
            return True
        if not (_finite(entry, verb) and is_key(tokens[verb])):
            continue
        subject = tokens[:verb]
        return any(is_key(t) for t in subject) and _conjunct_is(_body_units(entry, 0, verb), own) == "other"
    return False


_SELF = frozenset({"selv", "sjølv", "sjøl"})
"""«selv» after a subject's verb: the subject does it itself («FSU skal selv sørge for …»)."""

_COPULAS = frozenset({"er", "blir", "vert", "var", "ble", "vart"})


def _copula_of_another(entry: _Tokens, is_key: Callable[[str], bool], own: _Own) -> str | None:
    """How an entry that opens with another body and «er»/«blir»/«vert» reads: the role after the
    copula is that body's. ``reversed`` where the body is one of the point's own words («FOUSAM
    er styringsorgan for SSU» for the SSU's point ``styringsorgan FOUSAM``), ``other-body`` where
    a key word follows the copula («FOUSAM er sekretariat for partnerskapsmøtet» for
    ``sekretariat partnerskapsmøt``); None otherwise (the forum itself, or no body)."""
    tokens = entry.words
    copula = next((i for i in range(1, min(len(tokens), 6)) if tokens[i] in _COPULAS), None)
    if copula is None or any(t in _BREAKS or t == "," for t in tokens[:copula]):
        return None
    if _conjunct_is(_body_units(entry, 0, copula), own) != "other":
        return None
    end = entry.end(copula)
    if not any(is_key(t) for t in tokens[copula + 1 : end]):
        return None
    return "reversed" if any(is_key(t) for t in tokens[:copula]) else "other-body"


class _Later:
    """The point's later words in the readings of one entry (``any_of``): for each prefix, where
    it next stands from each word on, and what each such word says on its own, found once, so
    that the cost of an entry stays linear in its length however many readings it begins."""

    def __init__(self, entry: _Tokens, prefixes: list[str], is_key: Callable[[str], bool], own: _Own) -> None:
        self.entry, self.is_key, self.own = entry, is_key, own
        tokens = entry.words
        self.next: list[list[int | None]] = []
        for prefix in prefixes:
            found: list[int | None] = [None] * (len(tokens) + 1)
            for i in range(len(tokens) - 1, -1, -1):
                found[i] = i if key_matches(tokens[i], prefix) else found[i + 1]
            self.next.append(found)
        self.alone: dict[int, bool] = {}

    def by_another(self, start: int) -> bool:
        """Whether, in the reading that begins at ``start``, a later key word is another body's
        act: it stands in a clause of its own (after «;» or «:») whose subject is another body
        («Innstille i saker av prinsipiell karakter; partnerskapsmøtet beslutter»), or right after
        «, som» that follows another body («Forberede saker til partnerskapsmøtet, som beslutter
        dem»), or right after «før», «etter», «når» … and another body as that clause's subject
        («Drøfte saker av prinsipiell karakter før partnerskapsmøtet beslutter dem»)."""
        entry, own, tokens = self.entry, self.own, self.entry.words
        for found in self.next:
            at = found[start]
            if at is None or at == start:
                continue
            if entry.clause[at] != entry.clause[start] and _main_subject_another(entry, at, self.is_key, own):
                return True
            if self._alone(at):
                return True
            opener = next((k for k in range(at - 1, max(start, at - 6), -1) if tokens[k] in _LATER_CLAUSES), None)
            if (
                opener is not None
                and opener + 1 < at
                and _conjunct_is(_body_units(entry, opener + 1, at), own) == "other"
            ):
                return True
        return False

    def _alone(self, at: int) -> bool:
        """What the key word at ``at`` says whatever the reading: the participle of a passive by
        another body, or a «, som» clause about another body."""
        if at not in self.alone:
            entry, tokens = self.entry, self.entry.words
            som = next((k for k in (at - 1, at - 2) if k > 1 and tokens[k] in _RELATIVES), None)
            self.alone[at] = _done_by_another(entry, at, self.own) or (
                som is not None
                and tokens[som - 1] == ","
                and all(not self.is_key(t) for t in tokens[som + 1 : at])
                and _conjunct_is(_body_units(entry, som - 1 - _antecedent(entry, som - 1), som - 1), self.own)
                == "other"
            )
        return self.alone[at]


_PARTICLES = frozenset({"opp", "ut", "inn", "fram", "frem", "ned", "igjen", "videre"})
"""Particles of a phrasal verb, between a passive and its «av» («følges opp av»)."""
_LATER_CLAUSES = frozenset({"før", "etter", "inntil", "når", "dersom", "hvis", "viss", "fordi"})
"""Words that open a subordinate clause whose own subject may do the point («Drøfte saker før
partnerskapsmøtet beslutter dem»)."""


def _done_by_another(entry: _Tokens, at: int, own: _Own) -> bool:
    """Whether the key word at ``at`` is the participle of a passive with «blir»/«vert» whose «av»
    names another body, whatever stands before it («Handlingsplan og årsrapport vert utarbeidd av
    HMR», «Tvistesaker og usemje om avtalen vert handsama av partnarskapsmøtet»)."""
    tokens, end = entry.words, entry.end(at)
    if not (at and tokens[at - 1] in _BECOMING and at + 2 < end and tokens[at + 1] == "av"):
        return False
    return _agent_is_another(tokens, at + 2, end, own)


def _antecedent(entry: _Tokens, comma: int) -> int:
    """How many words before the comma at ``comma`` name the body a «, som» clause is about: the
    words back to a preposition, an article or the clause's start, four at most."""
    count = 0
    while count < 4 and comma - count - 1 >= entry.clause[comma]:
        word = entry.words[comma - count - 1]
        if word in _ANTECEDENT_STOPS or word in _BREAKS or word == ",":
            break
        count += 1
    return count


_ANTECEDENT_STOPS = frozenset({"til", "for", "fra", "frå", "med", "av", "i", "på", "hos", "om", "mot", "og", "eller"})


def _wording_reading(wording: str, entry: str, own: _Own) -> str:
    """How ``entry`` reads ``wording``: each occurrence that does not open a relative clause
    begins a reading."""
    read, wanted = _Tokens(entry), _words(wording)
    tokens = read.words
    at = [i for i, token in enumerate(tokens) if token not in _BREAKS and token != ","]
    words = [tokens[i] for i in at]
    starts = [
        at[k]
        for k in range(len(words) - len(wanted) + 1)
        if words[k : k + len(wanted)] == wanted and not _opens_relative_clause(words, k)
    ]
    return _reading(read, starts, lambda word: word in wanted, own)


_ATTRIBUTIVE = frozenset({"med", "av"})
"""The prepositions whose phrase, right after the object's noun, says what the object is or has,
as a restrictive relative clause does: «saker med større økonomiske konsekvenser» (saker som har
…), «saker av prinsipiell karakter»; they do not end the phrase the verb governs."""
_OBJECT_ENDS = frozenset(
    {
        *("om", "fra", "frå", "til", "i", "på", "av", "med", "for", "hos", "ved", "mot", "under", "over"),
        *("etter", "mellom", "gjennom", "innen", "innan", "uten", "utan", "blant", "rundt", "per", "før"),
        *("angående", "vedrørende", "vedrørande", "overfor", "innenfor", "innanfor", "utover"),
    }
)
"""The prepositions that start another object («Gi kommunene råd om overordnede føringer»: the
føringer are the object of «om», not of «gi»): they end the phrase a verb governs."""
_MANDATE_VERBS = (
    *("motta", "vedta", "ivareta", "delta", "bidra", "følge", "sørge", "drøfte", "vurdere", "utarbeide"),
    *("godkjenne", "beslutte", "koordinere", "etablere", "initiere", "behandle", "handsame", "forberede"),
    *("førebu", "prioritere", "utvikle", "evaluere", "forankre", "samordne", "iverksette", "gjennomføre"),
    *("planlegge", "innstille", "avgjøre", "diskutere", "orientere", "informere", "rapportere", "fremme"),
    *("gi", "ta", "fastsette", "fordele", "oppnevne", "utpeke", "utpeike", "velge", "legge", "sette"),
    *("sikre", "avklare", "foreslå", "anbefale", "tilrå", "utrede", "greie", "arbeide", "jobbe", "be"),
    *("sende", "oversende", "melde"),
)
"""Verbs that start a mandate's points: one of them (infinitive, present or s-passive) after «og»,
«eller», «samt» or a comma starts the next point, and ends the phrase the point's verb governs
(«Gi råd og motta føringer»)."""


@cache
def _next_verbs() -> frozenset[str]:
    """What starts the next verb after a coordinator («sikre» alone is left out: «sikre rammer» is
    as often an adjective). Made on first use, not when the check functions are imported."""
    forms = frozenset(
        form
        for verb in _MANDATE_VERBS
        for form, kind in verb_forms(verb).items()
        if kind in {INFINITIVE, PRESENT, PASSIVE} and form != "sikre"
    )
    return forms | _CLAUSE_VERBS | _RECEIVING_VERBS | _TAKING | _HAVING | _BECOMING | {"å"}


class _VerbItem:
    """A ``verb`` item's verbs and objects, read once per rule: each verb's forms
    (:func:`verb_forms`) with its particles, and each object's key words with the prepositions it
    lets its phrase run past."""

    def __init__(self, item: dict[str, Any]) -> None:
        self.verbs: list[tuple[dict[str, str], list[str]]] = []
        for verb in item["verb"]:
            head, *particles = _words(verb)
            self.verbs.append((verb_forms(head), particles))
        self.forms = frozenset(form for forms, _ in self.verbs for form in forms)
        self.nouns = [(noun_forms(verb), supports(verb)) for verb in item["verb"]]
        """Each verb's own noun (:func:`noun_forms`), with the supporting verbs that make the
        forum do it («Fatte beslutninger», «Sikre forankring av …»)."""
        self.noun_forms = frozenset(form for nouns, _ in self.nouns for form in nouns)
        self.objects: list[tuple[list[str], frozenset[str]]] = []
        for phrasing in item.get("object") or ():
            said = _words(phrasing)
            self.objects.append(
                ([w for w in said if w not in _OBJECT_ENDS], frozenset(w for w in said if w in _OBJECT_ENDS))
            )

        self.qualifiers = [said for said in (_words(q) for q in item.get("weakened_by") or QUALIFIERS) if len(said) > 1]
        """The qualifiers of several words, which may stand between the verb and its object
        («beslutter ved behov saker …»): passed over, and then weaken the point."""

    def prefixes(self) -> list[str]:
        return [p for words, _ in self.objects for p in words]


_VERB_ITEMS: dict[tuple[tuple[str, ...], ...], _VerbItem] = {}


def _verb_item(item: dict[str, Any]) -> _VerbItem:
    key = (tuple(item["verb"]), tuple(item.get("object") or ()), tuple(item.get("weakened_by") or ()))
    if key not in _VERB_ITEMS:
        _VERB_ITEMS[key] = _VerbItem(item)
    return _VERB_ITEMS[key]


def _governed(entry: _Tokens, lo: int, passes: frozenset[str], verbs: _VerbItem, own: _Own) -> list[str]:
    """The words of the phrase a verb governs, from ``lo`` (right after the verb and its
    particles): up to a preposition that starts another object (:data:`_OBJECT_ENDS`, unless the
    object passes it), a clause boundary, a subordinate clause, «at» or «å», or a coordinator
    before the next verb («Gi råd og motta føringer»). A coordinated verb right after the verb
    shares its object («Initiere og følge opp utviklingsarbeid»); coordinated objects count
    («gi føringer og prioriteringer», «gi SSU og FSU føringer»). A restrictive relative clause
    right after the object («saker som har større økonomiske konsekvenser», :func:`_restrictive`)
    belongs to it, and so does a phrase of «med» or «av» right after it («saker med større
    økonomiske konsekvenser», «saker av prinsipiell karakter»: :data:`_ATTRIBUTIVE`); «i» right
    after the verb leads to its object («beslutte i saker …»); and past a preposition, an object that repeats the object's noun after «og»,
    «eller», «samt» or a comma (and the preposition before it again: «og i saker …») is the verb's again («saker av prinsipiell karakter og saker som
    har …», :func:`_repeated_object`)."""
    tokens, end = entry.words, entry.end(lo) if lo < len(entry.words) else lo
    at = lo
    if at + 1 < end and tokens[at] in {"og", "eller"}:  # «gi og følgje opp føringar»
        at += 2
        while at < end and tokens[at] in _PARTICLES:
            at += 1
    phrase: list[str] = []
    skip = 0
    relative = False
    k = at - 1
    while k + 1 < end:
        k += 1
        token = tokens[k]
        if skip or any(tokens[k : k + len(q)] == q for q in verbs.qualifiers):
            # a qualifier between the verb and its object («beslutter ved behov saker»)
            skip = skip - 1 if skip else max(len(q) for q in verbs.qualifiers if tokens[k : k + len(q)] == q) - 1
            continue
        restrictive = phrase and tokens[k - 1] == phrase[-1] and tokens[k - 1] not in _COORDINATORS
        if token == "som" and restrictive and _restrictive(entry, k, own):
            relative = True  # «saker som har …»: what the relative clause says is the object's
            phrase.append(tokens[k + 1])
            k += 1
            continue
        if relative and token in _NEGATIONS:  # «saker som har ikkje …» is no longer the object
            break
        if token == "i" and k == at and not phrase:  # «beslutte i saker …»: the object after «i»
            continue
        if token in _ATTRIBUTIVE and restrictive:  # «saker med større konsekvenser»: what the object has
            phrase.append(token)
            continue
        if token in _NOUN_LINKS and phrase and tokens[k - 1] in _COORDINATORS and _repeats(phrase, tokens, k + 1, end):
            continue  # «saker av prinsipiell karakter og i saker med …»: the preposition again, the object again
        if token in _SUBORDINATORS or token in {"at", "å"} or (token in _OBJECT_ENDS and token not in passes):
            again = _repeated_object(entry, k, end, phrase) if token in _OBJECT_ENDS else None
            if again is None:
                break
            k, relative = again - 1, False
            continue
        if token in _COORDINATORS and k + 1 < end and (tokens[k + 1] in _next_verbs() or tokens[k + 1] in verbs.forms):
            break
        phrase.append(token)
    return phrase


def _restrictive(entry: _Tokens, som: int, own: _Own) -> bool:
    """Whether «som» at ``som`` opens a restrictive relative clause about the object before it,
    with «som» its subject (no comma before it: ``_governed`` sees to that): a finite verb right
    after it («saker som har …», «tiltak som gjeld …»), not a negation and not another body as
    the clause's own subject («…, som partnarskapsmøtet vedtek», «saker som kommunar meldar»)."""
    after = som + 1
    if after >= entry.end(som) or entry.words[after] in _NEGATIONS or not _finite(entry, after):
        return False
    return _conjunct_is(_body_units(entry, after, after + 1), own) != "other"


def _repeats(phrase: list[str], tokens: list[str], at: int, end: int) -> bool:
    """Whether the word at ``at`` is a form of a noun of ``phrase`` (the object said again)."""
    nouns = [w for w in phrase if len(w) >= 3 and w not in _OBJECT_ENDS and w not in _COORDINATORS]
    return at < end and any(tokens[at] == noun or _inflected(tokens[at], noun) for noun in nouns)


def _repeated_object(entry: _Tokens, stop: int, end: int, phrase: list[str]) -> int | None:
    """Where the verb's object starts again past the preposition at ``stop``: after «og»,
    «eller», «samt» or a comma within eight words, a word that is a form of a word of the phrase
    so far («Beslutte saker av prinsipiell karakter og saker som har …»: the second «saker» is
    «beslutte»'s object too, not «av»'s). None where a clause boundary, a subordinate clause,
    «at» or «å» comes first."""
    tokens = entry.words
    for k in range(stop + 1, min(end - 1, stop + 9)):
        token = tokens[k]
        if token in _SUBORDINATORS or token in {"at", "å"} or token in _BREAKS:
            return None
        if token in _COORDINATORS:
            # «… og i saker med …»: the preposition repeated before the noun
            at = k + 2 if tokens[k + 1] in _NOUN_LINKS and k + 2 < end else k + 1
            if _repeats(phrase, tokens, at, end):
                return at
    return None


def _before_passive(entry: _Tokens, verb: int) -> list[str]:
    """The words before a passive in its clause, back to a comma or a subordinate clause: its
    subject, the object of the active («Overordnede føringer gis av partnerskapsmøtet»)."""
    words: list[str] = []
    for k in range(verb - 1, entry.first(verb) - 1, -1):
        token = entry.words[k]
        if token == "," or token in _SUBORDINATORS or token in _COMPLEMENTISERS:
            break
        words.append(token)
    return words


def _verb_reading(item: dict[str, Any], entry: str, own: _Own) -> tuple[list[str], str] | None:
    """How ``entry`` reads a ``verb`` item: None where no form of its verb governs one of its
    objects (a noun of the verb's stem is no form: «til beslutning i partnerskapsmøtet»); else
    the words met (the verb's form and the object's) and the reading — ``own``, ``reversed``,
    ``other-body``, or ``relative`` where the verb only opens a relative clause about something
    else («…, som gir overordnede føringer»)."""
    verbs = _verb_item(item)
    read = _Tokens(entry)
    tokens = read.words
    prefixes = verbs.prefixes()
    starts: list[int] = []
    met: list[str] = []
    for i, token in enumerate(tokens):
        if token not in verbs.forms:
            continue
        for forms, particles in verbs.verbs:
            if token not in forms or tokens[i + 1 : i + 1 + len(particles)] != particles:
                continue
            after = i + 1 + len(particles)
            # a participle after «blir»/«vert»/«er», or a past form there, which is the plural
            # participle too («planane vert godkjende», «blir godkjente»)
            passive = forms[token] == PASSIVE or (
                forms[token] in {PARTICIPLE, PAST} and i > 0 and tokens[i - 1] in _BECOMING | {"er", "var"}
            )
            if not verbs.objects:
                starts.append(i)
                met.append(token)
                break
            found = None
            for words, passes in verbs.objects:
                phrase = _governed(read, after, passes, verbs, own)
                if passive:
                    phrase += _before_passive(read, i)
                matched = [next((w for w in phrase if key_matches(w, p)), None) for p in words]
                if all(matched):
                    found = [w for w in matched if w]
                    break
            if found is not None:
                starts.append(i)
                met.extend([token, *found])
                break
    supported = _supported_nouns(read, verbs, own)
    for at, noun, found in supported:
        starts.append(at)
        met.extend([tokens[at], noun, *found])
    if not starts:
        return None
    by_noun = {at for at, _, _ in supported}
    starts.sort()

    def is_key(word: str) -> bool:
        return word in verbs.forms or word in verbs.noun_forms or any(key_matches(word, p) for p in prefixes)

    own_starts = [i for i in starts if not _opens_relative_clause(tokens, i) and not _in_question(tokens, i)]
    if not own_starts:
        return met, "relative"
    copula = _copula_of_another(read, is_key, own)
    if copula is not None:
        return met, copula
    if _key_subject_acts(read, is_key, own):
        return met, "other-body"
    readings = []
    for start in own_starts:
        if start in by_noun:  # «Fatte beslutninger …»: who does it is read at the supporting verb
            readings.append(_reading(read, [start], is_key, own))
            continue
        # a passive whose «av» names another body («Overordnede føringer gis av partnerskapsmøtet»)
        by = start + 1 + next(len(p) for f, p in verbs.verbs if tokens[start] in f)
        if by < len(tokens) and tokens[by] in _PARTICLES:
            by += 1
        # «blir»/«vert» + a participle, or a past form, which is the plural participle too («før dei
        # blir godkjende av partnarskapsmøtet»: round 28 Møre og Romsdal)
        passive = _form_kind(verbs, tokens[start]) == PASSIVE or (
            start > 0 and tokens[start - 1] in _BECOMING and _form_kind(verbs, tokens[start]) in {PARTICIPLE, PAST}
        )
        if (
            passive
            and by < len(tokens)
            and tokens[by] == "av"
            and _agent_is_another(tokens, by + 1, read.end(start), own)
        ):
            readings.append("other-body")
            continue
        readings.append(_reading(read, [start], is_key, own))
    rank = {"own": 0, "reversed": 1, "other-body": 2}
    return met, min(readings, key=rank.__getitem__)


_NOUN_LINKS = frozenset({"av", "i", "om", "for", "på", "over", "med"})
"""The preposition between a verb's noun and its object («forankring av samarbeidet»,
«beslutninger i saker av prinsipiell karakter», «vedtak om …»)."""
_SUPPORT_GAP = 2
"""How many words may stand between a supporting verb and the noun («fatte endelige beslutninger»,
«sikre en god forankring»)."""


def _supported_nouns(entry: _Tokens, verbs: _VerbItem, own: _Own) -> list[tuple[int, str, list[str]]]:
    """Where a noun of the item's verbs (:func:`noun_forms`) stands after a supporting verb that
    makes the forum do it (:func:`supports`: «Fatte beslutninger i saker …», «Sikre forankring av
    samarbeidet»), with the object's key words in the phrase after the noun and one linking
    preposition (:data:`_NOUN_LINKS`): the supporting verb's position, the noun, and the object's
    words met. A noun after any other verb («Følge med på forankringen», «Bidra til
    beslutninger») is not the point."""
    tokens = entry.words
    found: list[tuple[int, str, list[str]]] = []
    for i, token in enumerate(tokens):
        if token not in verbs.noun_forms:
            continue
        at = _support_before(tokens, i, [s for nouns, sups in verbs.nouns if token in nouns for s in sups])
        if at is None and _heads_entry(tokens, i, verbs):
            at = i  # a mandate written as nouns: «Forankring av overordnet retning …» is the forum's task
        if at is None:
            continue
        if not verbs.objects:
            found.append((at, token, []))
            continue
        after = i + 1
        if after < len(tokens) and tokens[after] in _NOUN_LINKS:
            after += 1
        for words, passes in verbs.objects:
            phrase = _governed(entry, after, passes, verbs, own)
            matched = [next((w for w in phrase if key_matches(w, p)), None) for p in words]
            if all(matched):
                found.append((at, token, [w for w in matched if w]))
                break
    return found


def _heads_entry(tokens: list[str], noun: int, verbs: _VerbItem) -> bool:
    """Whether the verb's noun at ``noun`` opens the entry, a point written as a noun
    («Forankring av overordnet retning», «Oppfølging av Ishavserklæringen»): first, or after one
    describing word («Strategisk forankring …»), or after «(overordnet) ansvar for»
    («Overordnet ansvar for oppfølging av Ishavserklæringen»; round 25 UNN)."""
    before = tokens[:noun]
    if before[-2:] in (["ansvar", "for"], ["ansvaret", "for"]):
        before = before[:-2]
    if not before:
        return True
    word = before[0]
    return (
        len(before) == 1
        and word not in verbs.forms
        and word not in _next_verbs()
        and word not in _OBJECT_ENDS
        and word not in _COORDINATORS
        and word not in _NEGATIONS
        and word not in {"ingen", "inga", "intet", "noko", "noe"}
        and word not in _BREAKS
    )


def _support_before(tokens: list[str], noun: int, sups: list[tuple[frozenset[str], tuple[str, ...]]]) -> int | None:
    """Where the supporting verb of the noun at ``noun`` stands: one of ``sups`` with its
    particles, then at most :data:`_SUPPORT_GAP` words that are no preposition, coordinator,
    clause boundary or subordinator."""
    for gap in range(_SUPPORT_GAP + 1):
        words = tokens[noun - gap : noun]
        if any(w in _OBJECT_ENDS or w in _COORDINATORS or w in _BREAKS or w in _STOPS or w == "å" for w in words):
            return None
        for forms, particles in sups:
            at = noun - gap - len(particles) - 1
            if at >= 0 and tokens[at] in forms and tuple(tokens[at + 1 : noun - gap]) == particles:
                return at
            if particles and particles[0] in _RESPONSIBILITY and tuple(tokens[at + 1 : noun - gap]) == particles:
                # «ha (et) overordnet ansvar for»: an article and a describing word before «ansvar»
                for before in range(at - 1, max(at - 3, -1), -1):
                    if tokens[before] in forms:
                        return before
                    if tokens[before] in _OBJECT_ENDS or tokens[before] in _STOPS or tokens[before] in _BREAKS:
                        break
    return None


_RESPONSIBILITY = frozenset({"ansvar", "ansvaret"})
"""The noun of «ha/ta ansvar for», which may have an article and a describing word before it
(«ha et overordnet ansvar for oppfølging av …»)."""


def _form_kind(verbs: _VerbItem, form: str) -> str:
    """What ``form`` is of the item's verbs (the first that has it)."""
    return next(forms[form] for forms, _ in verbs.verbs if form in forms)


_MISSING = {"nb": "mangler punktet", "en": "lacks the point"}
_NO_MANDATE = {"nb": "har ikke noe mandat", "en": "has no mandate"}
_TOO_SHORT = {"nb": "har for få punkter i mandatet", "en": "has too few entries in its mandate"}
_WEAKENED = {"nb": "svekker punktet", "en": "weakens the point"}
_FORBIDDEN = {"nb": "har et punkt det ikke skal ha", "en": "has a point it may not have"}
_READ_OTHERWISE = {"reversed": phrase("mandate-reversed"), "other-body": phrase("mandate-other-body")}


class _Index:
    """The words of a mandate, sorted, each with the entries that hold it: a phrase is then
    looked up by prefix (bisect) instead of against every word of every entry, so the check
    costs about the size of the mandate once, not that times the phrases of the rule."""

    def __init__(self, mandate: list[str]) -> None:
        entries: dict[str, set[int]] = {}
        for index, entry in enumerate(mandate):
            for word in _words(entry):
                entries.setdefault(word, set()).add(index)
        self.count = len(mandate)
        self.words = sorted(entries)
        self.entries = entries

    def _with_prefix(self, prefix: str) -> set[int]:
        found: set[int] = set()
        at = bisect.bisect_left(self.words, prefix)
        while at < len(self.words) and self.words[at].startswith(prefix):
            if key_matches(self.words[at], prefix):
                found |= self.entries[self.words[at]]
            at += 1
        return found

    def matches(self, phrase: str) -> bool:
        """Whether some entry has, for every word of ``phrase``, a word that starts with it."""
        candidates: set[int] | None = None
        for prefix in _words(phrase):
            found = self._with_prefix(prefix)
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return False
        return self.count > 0  # a phrase without words matches any entry, as phrase_matches does


def _having(item: dict[str, Any], mandate: list[str], own: _Own) -> list[tuple[int, str, list[str], str]]:
    """The entries that have the item's point, each with the words its weakening is looked for
    around — the wordings (``wording``), or the entry's own words that the phrase's words start
    (``any_of``: "initier utviklingsarbeid" in "Initiere og følge opp utviklingsarbeid") — and how
    it reads the point: ``own``, ``reversed`` or ``other-body`` (the best of its phrasings)."""
    having: list[tuple[int, str, list[str], str]] = []
    rank = {"own": 0, "reversed": 1, "other-body": 2}
    for index, said in enumerate(mandate):
        entry = _EXAMPLES_AFTER.sub(r"\1", said)  # «som for eksempel …» opens no relative clause
        # ``verb`` beside ``wording`` or ``any_of``: this verb, or this phrase — the better reading
        found: tuple[list[str], str] | None = None
        if "verb" in item:
            read = _verb_reading(item, entry, own)
            if read is not None and read[1] != "relative":
                found = read
        if "wording" in item:
            readings = [_wording_reading(w, entry, own) for w in item["wording"] if has_own_wording(w, entry)]
            if readings:
                reading = min(readings, key=rank.__getitem__)
                if found is None or rank[reading] < rank[found[1]]:
                    found = (item["wording"], reading)
        # a phrasing's key words stand in one sentence of the entry («Utarbeide forslag til årsrapport.
        # Handlingsplanen vert utarbeidd av partnarskapsmøtet.» has no «utarbeid handlingsplan» of its own)
        sentences = [(t, _words(t)) for t in _SENTENCE.split(entry)] if "any_of" in item else []
        for key_words in item.get("any_of") or ():
            for sentence, sentence_words in sentences:
                matched = [next((w for w in sentence_words if key_matches(w, p)), None) for p in _words(key_words)]
                if not (matched and all(matched)):
                    continue
                reading = _phrase_reading(key_words, sentence, own)
                if reading == "relative":
                    continue  # only in a relative clause about something else: not this entry's point
                if found is None or rank[reading] < rank[found[1]]:
                    found = ([w for w in matched if w], reading)
        if (
            found is not None
            and "about" in item
            and not _names_about(item["about"], found[0], entry, item.get("about_after"))
        ):
            found = None  # the point, but not about the body it is about («handlingsplanar frå partnarskapsmøtet»)
        if found is not None:
            having.append((index, said, *found))
    return having


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
"""Where a sentence of an entry ends: a full stop, «!» or «?» with a capital letter after it (not
«evt. partnerskapsmøtet», «pkt. 5»). A «;» joins two clauses of one sentence, read together
(«Innstille i saker …; partnerskapsmøtet beslutter» gives the point away)."""

_EXAMPLES_AFTER = re.compile(
    r"\b(?:slik\s+)?som\s+(for\s+eksempel|f\.\s?eks\.?|feks\.?|til\s+dømes|t\.\s?d\.?|blant\s+anna?|bl\.\s?a\.?)",
    re.IGNORECASE,
)
"""«som for eksempel», «slik som til dømes», «som blant anna» before examples: no relative clause
(«Etablere fora for samhandling som for eksempel faglige samarbeidsutvalg»; round 26 Fonna), read
without the «som»."""


def _names_about(about: list[str], met: list[str], entry: str, after: list[str] | None = None) -> bool:
    """Whether one phrasing of ``about`` (key words, as ``any_of``) stands in the point's own part
    of its sentence: the sentence (:data:`_CLAUSE_BREAK`) that holds the words ``met``, less what a
    coordinator and the next point's verb start before or after them («Motta rapportar frå FSU og
    godkjenne handlingsplanar», «Godkjenne handlingsplanar frå partnarskapsmøtet og sende dei til
    FSU» name the FSU for another point). With ``after`` (``about_after``), the nearest
    preposition before the phrasing's first word is one of them («saker til partnarskapsmøtet»,
    not «saker frå partnarskapsmøtet»)."""
    met_words = {w for said in met for w in _words(said)}
    for sentence in _CLAUSE_BREAK.split(_DASHED_TAIL.sub(" ", entry)):
        tokens = _TOKEN.findall(sentence.casefold())
        at = [k for k, token in enumerate(tokens) if token in met_words]
        if not at:
            continue
        lo, hi = 0, len(tokens)
        for k in range(len(tokens) - 1):
            if tokens[k] in _COORDINATORS and tokens[k + 1] in _next_verbs():
                if k < at[0]:
                    lo = k + 1
                elif k > at[-1] and hi == len(tokens):
                    hi = k
        part = tokens[lo:hi]
        return any(
            all(any(key_matches(w, p) for w in part) for p in _words(phrasing))
            and (after is None or _named_after(part, _words(phrasing)[0], after))
            for phrasing in about
        )
    return False


_PREPOSITIONS = frozenset(
    {"i", "til", "frå", "fra", "av", "for", "om", "med", "på", "hos", "ved", "mot", "over", "etter", "under", "gjennom"}
)


def _named_after(part: list[str], first: str, after: list[str]) -> bool:
    """Whether a word of ``part`` that ``first`` (a key word) meets has, as the nearest preposition
    before it (:data:`_PREPOSITIONS`, at most four words back), one of ``after``."""
    wanted = {w.casefold() for w in after}
    for k, word in enumerate(part):
        if not key_matches(word, first):
            continue
        before = next((part[j] for j in range(k - 1, max(-1, k - 5), -1) if part[j] in _PREPOSITIONS), None)
        if before in wanted:
            return True
    return False


_STEM_ENDING = re.compile(r"(ane|ene|et|en|a)$")


def _names_word(key: str, word: str) -> bool:
    """Whether a key word names a word of a body's name: the word, a form of it, or its stem (the
    word less an ending of one or two letters: «partnarskapsmøt» for «partnarskapsmøte»)."""
    return (
        _inflected(word, key)
        or _inflected(key, word)
        or (len(key) >= 4 and word.startswith(key) and len(word) - len(key) <= 2)
    )


def _organisation_bodies(org: Organisation) -> list[tuple[list[str], list[list[str]]]]:
    """Each forum, forum secretariat, party and the joint secretariat of ``org``: the single words
    that name it (its id, and its type where no other forum has that type), and the words of
    each of its names (:func:`_body_names`: name, parts of a parenthesis, ``also_known_as``)."""
    types = [forum.type for forum in org.fora.values()]
    bodies: list[tuple[list[str], list[list[str]]]] = []

    def add(ids: list[str], name: str | None, also_known_as: list[str] | tuple[str, ...]) -> None:
        names = [_words(n) for n in _body_names(name, also_known_as)]
        bodies.append(([i.casefold() for i in ids], [n for n in names if n]))

    for fid, forum in org.fora.items():
        add([fid, *([forum.type] if types.count(forum.type) == 1 else [])], forum.name, forum.also_known_as)
        if forum.secretariat is not None and forum.secretariat.name:
            add([], forum.secretariat.name, forum.secretariat.also_known_as)
    for pid, party in org.parties.items():
        add([pid], party.name, party.also_known_as)
    if org.secretariat is not None and org.secretariat.name:
        add(["secretariat"], org.secretariat.name, org.secretariat.also_known_as)
    return bodies


def _named_spans(words: list[str], bodies: list[tuple[list[str], list[list[str]]]]) -> list[tuple[int, int, int]]:
    """``(start, end, body)`` for each run of ``words`` that names a body of the organisation, by
    its id or type (one word), or by one of its names, word by word (:func:`_names_word`)."""
    spans: list[tuple[int, int, int]] = []
    for start in range(len(words)):
        for number, (ids, names) in enumerate(bodies):
            if words[start] in ids:
                spans.append((start, start + 1, number))
                continue
            for name in names:
                end = start + len(name)
                if end <= len(words) and all(map(_names_word, words[start:end], name)):
                    spans.append((start, end, number))
                    break
    return spans


def _other_names(phrasings: list[str], bodies: list[tuple[list[str], list[list[str]]]], *, stems: bool) -> list[str]:
    """``phrasings`` and, for each run of key words that names a body of the organisation, the
    phrasing with that body's every other name in its place («førebu partnarskapsmøte» also as
    «førebu dialogmøte» where the forum is ``also_known_as: [Dialogmøtet]``). ``stems``: the key
    words are prefixes (``any_of``, ``object``), so each name is given as its stem too."""
    found = list(phrasings)
    for phrasing in phrasings:
        words = _words(phrasing)
        for start, end, number in _named_spans(words, bodies):
            ending = "" if stems else _ending(words[end - 1], bodies[number][1])
            for name in bodies[number][1]:
                forms = [name]
                if stems:
                    forms.append([_STEM_ENDING.sub("", w) if len(w) > 6 else w for w in name])
                elif ending and not name[-1].endswith(ending):
                    # the wording's definite form, on the other name too («førebu dialogmøtet»
                    # also as «førebu partnarskapsmøtet»: round 31 Førde, a false warning)
                    forms.append([*name[:-1], name[-1] + ending])
                for form in forms:
                    other = " ".join([*words[:start], *form, *words[end:]])
                    if other not in found:
                        found.append(other)
    return found


def _ending(word: str, names: list[list[str]]) -> str:
    """What ``word`` (the last of a wording's run that names a body) adds to the last word of the
    shortest of the body's ``names`` it begins with: a definite ending («t» of «dialogmøtet» for
    «Dialogmøte»), at most three letters; empty where it adds none."""
    lasts = sorted((n[-1] for n in names if n and word.startswith(n[-1])), key=len)
    rest = word[len(lasts[0]) :] if lasts else ""
    return rest if len(rest) <= 3 and rest.isalpha() else ""


_ITEM_KEYS = ("wording", "any_of", "verb", "object", "about", "duty")
"""The keys of an item that say its point, as a finding's evidence gives them."""


def _prepared(asked: dict[str, Any], bodies: list[tuple[list[str], list[list[str]]]]) -> dict[str, Any]:
    """The item as it is read: its qualifiers with ``also_weakened_by`` added and
    ``not_weakened_by`` taken out, and its key words by every name of the bodies they name
    (:func:`_with_body_names`)."""
    item = asked
    if "also_weakened_by" in item or "not_weakened_by" in item:
        dropped = {" ".join(_words(q)) for q in item.get("not_weakened_by") or ()}
        qualifiers = [*(item.get("weakened_by") or QUALIFIERS), *(item.get("also_weakened_by") or ())]
        item = {**item, "weakened_by": [q for q in qualifiers if " ".join(_words(q)) not in dropped]}
    return _with_body_names(item, bodies)


def _with_body_names(item: dict[str, Any], bodies: list[tuple[list[str], list[list[str]]]]) -> dict[str, Any]:
    """The item with the key words (``wording``, ``any_of``, ``object``, ``about``) that name a forum, party
    or secretariat of the organisation (``bodies``, :func:`_organisation_bodies`) given by each
    name of that body as well."""
    keys = [key for key in ("wording", "any_of", "object", "about") if key in item]
    if not keys:
        return item
    return {**item, **{key: _other_names(item[key], bodies, stems=key != "wording") for key in keys}}


def _mandate_of(subject: Subject, options: dict[str, Any]) -> tuple[list[MandatePoint], Path_]:
    """The mandate the rule reads and the path of what holds it: the forum's; with
    ``secretariat: true`` its secretariat's; on the organisation, the community secretariat's
    (none: an empty mandate at the organisation)."""
    if subject.kind == "organisation" or options.get("secretariat"):
        secretariat, path = secretariat_of(subject, joint_serving=True)
        return (list(secretariat.mandate), path) if secretariat is not None else ([], subject.base)
    forum = subject.forum
    assert forum is not None
    return list(forum.mandate), subject.base


_PLACEHOLDER = re.compile(
    r"^\W*(mandat(et)?\W*)?((er|blir|vert|skal)\s+)?(ennå\s+|enno\s+)?"
    r"(under\s+(utarbeid|arbeid|utforming|avklaring|behandling|handsaming|vurdering)\w*|"
    r"ikk(e|je)\s+(ennå\s+|enno\s+)?(fastsatt|fastsett|klart|avklart|vedtatt|vedteke|utarbeidd|utarbeidet|bestemt)"
    r"(\s+ennå|\s+enno|\s+enda)?|uavklart|mangl(er|ar)|kommer(\s+senere|\s+seinare)?|tbd|todo|-+|…|\.\.\.)\W*$",
    re.IGNORECASE,
)
"""An entry that says the mandate is not there yet («Mandat under utarbeidelse», «Ikke
fastsatt», «TBD»): it is no entry of a mandate for ``min_entries``."""


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """What a JSON Schema cannot say of an item: both ``wording`` and ``any_of`` (one phrase per
    point, beside ``verb`` or not), ``about`` with none of them (it says whom a reading is
    about), a verb that is not a word of letters (with particles after
    it), and an object of prepositions only (it would govern nothing)."""
    problems: list[InputError] = []
    for listed in ("items", "forbidden"):
        problems.extend(_item_problems(rule, doc, (*base, listed), rule.check.options.get(listed) or ()))
    return problems


def _item_problems(rule: Any, doc: Document, base: Path_, items: Any) -> list[InputError]:
    """:func:`validate` of one list of items (``items`` or ``forbidden``) at ``base``."""
    problems: list[InputError] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        readings = [key for key in ("wording", "any_of") if key in item]
        if len(readings) > 1:
            where = doc.location((*base, i, readings[-1]), key=True)
            problems.append(InputError(where, Message("err-mandate-readings", rule=rule.id, given=", ".join(readings))))
        for j, verb in enumerate(item.get("verb") or []):
            if not isinstance(verb, str) or not verb.split() or not all(is_verb_word(w) for w in verb.split()):
                where = doc.location((*base, i, "verb", j))
                problems.append(InputError(where, Message("err-mandate-verb", rule=rule.id, verb=str(verb))))
        if "about" in item and not {"wording", "any_of", "verb"} & set(item):
            where = doc.location((*base, i, "about"), key=True)
            problems.append(InputError(where, Message("err-mandate-about", rule=rule.id)))
        for j, phrasing in enumerate(item.get("object") or []):
            if isinstance(phrasing, str) and not [w for w in _words(phrasing) if w not in _OBJECT_ENDS]:
                where = doc.location((*base, i, "object", j))
                problems.append(InputError(where, Message("err-mandate-object", rule=rule.id, object=phrasing)))
    return problems


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    points, base = _mandate_of(subject, options)
    mandate = [mandate_text(point) for point in points]
    declared = [mandate_duties(point) for point in points]
    words = _Index(list(mandate))
    found = str(len(mandate))
    minimum = options.get("min_entries")
    counted = [entry for entry in mandate if not _PLACEHOLDER.match(entry)]
    if minimum is not None and len(counted) < minimum:
        found = str(len(counted))
        yield Violation(
            (*base, "mandate") if mandate else base,
            "too-few-entries",
            {
                "label": "",
                "problem": _TOO_SHORT if mandate else _NO_MANDATE,
                "entry": "",
                "found": found,
                "requirement": count_requirement(minimum, None),
            },
            {"mandate": list(mandate), "min_entries": minimum},
            at_key=not mandate,
        )
    itself = (
        _Own(subject.name, subject.id, aliases=tuple(subject.forum.also_known_as), org=subject.org.model)
        if subject.kind == "forum" and subject.forum is not None and not options.get("secretariat")
        else _Own("sekretariat", org=subject.org.model)
    )
    bodies = _organisation_bodies(subject.org.model)
    for asked in options["items"]:
        where = (*base, "mandate") if mandate else base
        given = {key: asked[key] for key in _ITEM_KEYS if key in asked}
        # a key word that names a body of the organisation is met by any of its names
        item = _prepared(asked, bodies)
        if "duty" in item and any(item["duty"] in duties for duties in declared):
            continue  # an entry declares the duty: met, however its words read
        if not {"wording", "any_of", "verb"} & set(item):
            pass  # the duty alone, and no entry declares it: missing
        elif "any_of" not in item or "verb" in item or any(words.matches(p) for p in item["any_of"]):
            # a placeholder («Under avklaring») has no point, whatever its words
            having = [found for found in _having(item, mandate, itself) if not _PLACEHOLDER.match(found[1])]
            own = [(i, e, a) for i, e, a, reading in having if reading == "own"]
            weakened = [(i, e, q) for i, e, a in own for q in _weakening(item["weakened_by"], a, e)]
            if own and len({i for i, _, _ in weakened}) < len(own):
                continue  # an entry has the point, unweakened
            if weakened or having:
                index, entry, reading, qualifier = (
                    (*weakened[0][:2], "weakened", weakened[0][2]) if weakened else (*having[0][:2], having[0][3], "")
                )
                yield Violation(
                    (*base, "mandate", index),
                    f"{reading}:{item['label']['en']}",
                    {
                        "label": item["label"],
                        "problem": _WEAKENED if weakened else _READ_OTHERWISE[reading],
                        "found": found,
                        "requirement": "",
                        "entry": {"nb": f" («{entry}»)", "en": f" («{entry}»)"},
                    },
                    {
                        "mandate": list(mandate),
                        **given,
                        "entry": entry,
                        **({"weakened_by": qualifier} if weakened else {}),
                    },
                )
                continue
        yield Violation(
            where,
            f"missing:{item['label']['en']}",
            {"label": item["label"], "problem": _MISSING, "entry": "", "found": found, "requirement": ""},
            {"mandate": list(mandate), **given},
            at_key=not mandate,
        )
    for asked in options["forbidden"]:
        yield from _forbidden(asked, bodies, mandate, declared, itself, base, found)


def _forbidden(
    asked: dict[str, Any],
    bodies: list[tuple[list[str], list[list[str]]]],
    mandate: list[str],
    declared: list[Any],
    itself: _Own,
    base: tuple[Any, ...],
    found: str,
) -> Iterator[Violation]:
    """The entries that have a point ``forbidden`` names as the forum's own, not negated or
    cancelled (an entry that declares its duty has it, however its words read). A qualifier does
    not exempt it: «Utvalget kan beslutte … ved behov» still decides (round 30 Vestre Viken)."""
    item = _prepared(asked, bodies)
    given: dict[str, Any] = {key: asked[key] for key in _ITEM_KEYS if key in asked}
    having: dict[int, str] = {}
    if "duty" in item:
        having.update((i, entry) for i, entry in enumerate(mandate) if item["duty"] in declared[i])
    if {"wording", "any_of", "verb"} & set(item):
        for index, entry, around, reading in _having(item, mandate, itself):
            if reading == "own" and not _PLACEHOLDER.match(entry) and not _weakening([], around, entry):
                having.setdefault(index, entry)
    for index, entry in sorted(having.items()):
        yield Violation(
            (*base, "mandate", index),
            f"forbidden:{item['label']['en']}",
            {
                "label": item["label"],
                "problem": _FORBIDDEN,
                "found": found,
                "requirement": "",
                "entry": {"nb": f" («{entry}»)", "en": f" («{entry}»)"},
            },
            {"mandate": list(mandate), "entry": entry, **given},
        )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    mandate: [Gjennomføre vedtatte tiltak]
"""
_ITEM = {"label": {"nb": "gjennomføre tiltak", "en": "carry out measures"}, "any_of": ["gjennomfør tiltak"]}
_OTHER = {"label": {"nb": "brukermedvirkning", "en": "user participation"}, "any_of": ["brukermedvirkning"]}
_PREPARE = {
    "label": {"nb": "førebu dialogmøtet", "en": "prepare the dialogue meeting"},
    "wording": ["førebu dialogmøtet"],
}
_PREPARE_PM = {
    "label": {"nb": "førebu partnarskapsmøtet", "en": "prepare the partnerskapsmøte"},
    "wording": ["førebu partnarskapsmøtet"],
    "weakened_by": ["ved behov"],
}
_GOVERN = {"label": {"nb": "styre FOUSAM", "en": "govern FOUSAM"}, "wording": ["styringsorgan for FOUSAM"]}
_SUPPORT = {"label": {"nb": "støtte FSU", "en": "support the FSU"}, "any_of": ["støtt FSU"]}
_RECEIVE = {"label": {"nb": "motta rapportar", "en": "receive reports"}, "any_of": ["motta rapport"]}
_GOVERN_KEYS = {"label": {"nb": "styre FOUSAM", "en": "govern FOUSAM"}, "any_of": ["styringsorgan FOUSAM"]}
_FORA = {"label": {"nb": "etablere fora", "en": "set up fora for cooperation"}, "any_of": ["etabler fora"]}
_APPROVE = {"label": {"nb": "godkjenne avtalen", "en": "approve the agreement"}, "any_of": ["godkjenn samarbeidsavtal"]}
_THEMES_ANY = {"label": {"nb": "belyse temaer", "en": "shed light on themes"}, "any_of": ["belys tema"]}
_THEMES = {
    "label": {"nb": "temaer som fremmer samhandling", "en": "themes that further cooperation"},
    "wording": ["temaer som fremmer samhandling"],
}
_DIALOGUE = {
    "label": {"nb": "dialog om strategiske saker", "en": "dialogue on strategic matters"},
    "any_of": ["dialog strategisk"],
}
_SUB_AGREEMENT = {
    "label": {"nb": "følgje opp delavtalen", "en": "follow up the sub-agreement"},
    "any_of": ["følg delavtal"],
}
_DIRECTIONS = {
    "label": {"nb": "gi overordnede føringer", "en": "give overall directions"},
    "verb": ["gi"],
    "object": ["overordn føring"],
}
_CONSEQUENCES = {
    "label": {"nb": "beslutte saker med konsekvenser", "en": "decide matters with consequences"},
    "verb": ["beslutte"],
    "object": ["sak konsekvens"],
}
_ANCHOR = {
    "label": {"nb": "forankre samarbeidet", "en": "anchor the cooperation"},
    "verb": ["forankre"],
    "object": ["samarbeid"],
}
_ARCTIC = {
    "label": {"nb": "følge opp erklæringen", "en": "follow up the declaration"},
    "wording": ["Ishavserklæringen følges opp"],
}
_TO_PM = {
    "label": {"nb": "fremme saker for partnarskapsmøtet", "en": "bring matters to the partnerskapsmøte"},
    "verb": ["fremme"],
    "object": ["sak"],
    "about": ["partnarskapsmøt", "partnerskapsmøt"],
    "about_after": ["i", "til", "for"],
}
_PLANS_OF_FSU = {
    "label": {"nb": "godkjenne handlingsplanar frå FSU", "en": "approve the FSUs' action plans"},
    "verb": ["godkjenne"],
    "object": ["handlingsplan"],
    "about": ["FSU", "fagl samarbeidsutval"],
}
_DUTY = {"label": {"nb": "gi overordnede føringer", "en": "give overall directions"}, "duty": "foringer"}
_SECRETARIAT = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
secretariat:
  run_by: [hmr]
  serves: [ssu]
  mandate: [%s]
fora:
  ssu: {name: Strategisk samarbeidsutval, type: strategisk-samarbeidsutvalg}
"""
_PREPARE_SSU = {
    "label": {"nb": "førebu møta i SSU", "en": "prepare the SSU's meetings"},
    "verb": ["førebu"],
    "object": ["møt"],
}
_DECIDE = {
    "label": {"nb": "beslutte", "en": "decide"},
    "verb": ["beslutte", "vedta", "godkjenne", "fastsette", "bestemme", "avgjøre"],
}
_ADVISORY = (
    _ORG.replace("type: strategisk-samarbeidsutvalg", "type: samarbeidsforum")
    .replace("name: Strategisk samarbeidsutvalg", "name: Faglig samarbeidsutvalg")
    .replace("  ssu:\n", "  fsu:\n")
)
EXAMPLES = (
    Example(
        "A passive with a plural participle in a «før» clause: «… før dei blir godkjende av partnarskapsmøtet» "
        "for `verb: [godkjenne]`, `object: [handlingsplan]`",
        {"items": [{**_PLANS_OF_FSU, "about": ["FSU"]}]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]",
            "[Gi innspel til handlingsplanar frå FSU før dei blir godkjende av partnarskapsmøtet]",
        ),
        expect=("other-body:approve the FSUs' action plans",),
    ),
    Example(
        "Matters to the partnerskapsmøte: «Fremme saker til behandling i partnarskapsmøtet» (`about_after: [i, til, "
        "for]`)",
        {"items": [_TO_PM]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Fremme saker til behandling i partnarskapsmøtet]"),
    ),
    Example(
        "The other way: «Fremme saker frå partnarskapsmøtet til dei faglege samarbeidsutvala»",
        {"items": [_TO_PM]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]", "[Fremme saker frå partnarskapsmøtet til dei faglege samarbeidsutvala]"
        ),
        expect=("missing:bring matters to the partnerskapsmøte",),
    ),
    Example(
        "The secretariat prepares the SSU's meetings: «Førebu møta i SSU i samarbeid med leiaren»",
        {"items": [_PREPARE_SSU], "secretariat": True},
        _SECRETARIAT % "Førebu møta i SSU i samarbeid med leiaren",
        subject="ssu",
    ),
    Example(
        "A post of another body does it: «Leiaren av SSU førebur møta i SSU» in the secretariat's mandate",
        {"items": [_PREPARE_SSU], "secretariat": True},
        _SECRETARIAT % "Leiaren av SSU førebur møta i SSU",
        subject="ssu",
        expect=("other-body:prepare the SSU's meetings",),
    ),
    Example(
        "«Skal ha en rådgivende funksjon»: `forbidden` with the verbs of deciding, and the forum only advises",
        {"forbidden": [_DECIDE]},
        _ADVISORY.replace(
            "[Gjennomføre vedtatte tiltak]", "[Gi råd til SSU om felles rutiner, Forberede saker til beslutning i SSU]"
        ),
    ),
    Example(
        "An advisory forum whose mandate has it decide: «Beslutte felles rutiner som er bindende for partene»",
        {"forbidden": [_DECIDE]},
        _ADVISORY.replace(
            "[Gjennomføre vedtatte tiltak]", "[Gi råd til SSU, Beslutte felles rutiner som er bindende for partene]"
        ),
        expect=("forbidden:decide",),
    ),
    Example(
        "The decision negated, or another body's: «Skal ikke vedta budsjett», «Partnerskapsmøtet beslutter rutinene»",
        {"forbidden": [_DECIDE]},
        _ADVISORY.replace(
            "[Gjennomføre vedtatte tiltak]", "[Skal ikke vedta budsjett, Partnerskapsmøtet beslutter rutinene]"
        ),
    ),
    Example(
        "The body the point is about, however the entry links it: «Godkjenne handlingsplanane til dei faglege "
        "samarbeidsutvala» for `verb: [godkjenne]`, `object: [handlingsplan]`, `about: [FSU, fagl samarbeidsutval]`",
        {"items": [_PLANS_OF_FSU]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Godkjenne handlingsplanane til dei faglege samarbeidsutvala]"),
    ),
    Example(
        "Another body's plans: «Godkjenne handlingsplanar frå partnarskapsmøtet» lacks the point about the FSUs",
        {"items": [_PLANS_OF_FSU]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Godkjenne handlingsplanar frå partnarskapsmøtet]"),
        expect=("missing:approve the FSUs' action plans",),
    ),
    Example(
        "The verb's own noun after a supporting verb: «Sikre forankring av samarbeidet» for `verb: [forankre]`, "
        "`object: [samarbeid]`",
        {"items": [_ANCHOR]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Sikre forankring av samarbeidet på toppnivå]"),
    ),
    Example(
        "The SSU sees to it: «Sørge for at Ishavserklæringen følges opp» for `wording: [Ishavserklæringen følges opp]`",
        {"items": [_ARCTIC]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Sørge for at Ishavserklæringen følges opp]"),
    ),
    Example(
        "Another body sees to it: «Partnerskapsmøtet skal sørge for at Ishavserklæringen følges opp» in the SSU's "
        "mandate",
        {"items": [_ARCTIC]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]", "[Partnerskapsmøtet skal sørge for at Ishavserklæringen følges opp]"
        ),
        expect=("other-body:follow up the declaration",),
    ),
    Example(
        "Asked of another body: «Be partnerskapsmøtet sørge for at Ishavserklæringen følges opp» in the SSU's mandate",
        {"items": [_ARCTIC]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]", "[Be partnerskapsmøtet sørge for at Ishavserklæringen følges opp]"
        ),
        expect=("other-body:follow up the declaration",),
    ),
    Example(
        "This verb, or this phrase: «Utarbeide overordnede retningslinjer» for `verb: [gi]`, "
        "`object: [overordn føring]`, `any_of: [retningslinj overordn]`",
        {"items": [{**_DIRECTIONS, "any_of": ["retningslinj overordn"]}]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Utarbeide overordnede retningslinjer]"),
    ),
    Example(
        "A short key word is a whole word: «Rapportere til rådmennene» for `any_of: [råd]`",
        {"items": [{"label": {"nb": "gi råd", "en": "give advice"}, "any_of": ["råd"]}]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Rapportere til rådmennene]"),
        expect=("missing:give advice",),
    ),
    Example(
        "Watching is not doing: «Følge med på forankringen av samarbeidet» for `verb: [forankre]`",
        {"items": [_ANCHOR]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Følge med på forankringen av samarbeidet]"),
        expect=("missing:anchor the cooperation",),
    ),
    Example("The mandate carries out the measures", {"items": [_ITEM]}, _ORG),
    Example(
        "The entry declares the duty: `{text: …, duties: [foringer]}` for `duty: foringer`",
        {"items": [_DUTY]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[{text: Gi SSU og FSU føringer, duties: [foringer]}]"),
    ),
    Example(
        "No entry declares the duty `foringer` (a plain string declares none)",
        {"items": [_DUTY]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Gi SSU og FSU føringer]"),
        expect=("missing:give overall directions",),
    ),
    Example(
        "This verb with this object: «Gi SSU og FSU overordnede føringer og prioriteringer» for `verb: [gi]`, "
        "`object: [overordn føring]`",
        {"items": [_DIRECTIONS]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Gi SSU og FSU overordnede føringer og prioriteringer]"),
    ),
    Example(
        "The directions are the object of «om», not of «gi»: «Gi kommunene råd om overordnede føringer»",
        {"items": [_DIRECTIONS]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Gi kommunene råd om overordnede føringer fra departementet]"),
        expect=("missing:give overall directions",),
    ),
    Example(
        "A restrictive relative clause belongs to the object: «Beslutte saker som har større økonomiske "
        "konsekvenser» for `verb: [beslutte]`, `object: [sak konsekvens]`",
        {"items": [_CONSEQUENCES]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Beslutte saker som har større økonomiske konsekvenser]"),
    ),
    Example(
        "Deciding matters of principle and looking into the consequences is not deciding matters with "
        "consequences: «Beslutte saker av prinsipiell karakter, og utrede de økonomiske konsekvensene»",
        {"items": [_CONSEQUENCES]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]",
            "['Beslutte saker av prinsipiell karakter, og utrede de økonomiske konsekvensene']",
        ),
        expect=("missing:decide matters with consequences",),
    ),
    Example(
        "The mandate says nothing of user participation",
        {"items": [_ITEM, _OTHER]},
        _ORG,
        expect=("missing:user participation",),
    ),
    Example(
        "The SSU prepares the dialogue meeting; that it does not settle disputes elsewhere is no negation of it",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Førebu dialogmøtet, som ikkje kan flyttast]"),
    ),
    Example(
        "The mandate says the SSU shall not prepare the dialogue meeting",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Skal ikkje førebu dialogmøtet]"),
        expect=("weakened:prepare the dialogue meeting",),
    ),
    Example(
        "The mandate says the SSU no longer prepares the dialogue meeting",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Skal ikkje lenger førebu dialogmøtet]"),
        expect=("weakened:prepare the dialogue meeting",),
    ),
    Example(
        "The mandate says preparing the dialogue meeting is no longer the SSU's task",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Førebu dialogmøtet er ikkje lenger SSU si oppgåve]"),
        expect=("weakened:prepare the dialogue meeting",),
    ),
    Example(
        "A parenthesis does not end the clause: «Førebu dialogmøtet (DM) er ikkje lenger SSU si oppgåve»",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Førebu dialogmøtet (DM) er ikkje lenger SSU si oppgåve]"),
        expect=("weakened:prepare the dialogue meeting",),
    ),
    Example(
        "A negation inside a relative clause before the point does not negate it",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Følgje opp saker som ikkje er løyste og førebu dialogmøtet]"),
    ),
    Example(
        "The mandate makes the point a condition: «Førebu dialogmøtet dersom partane ønskjer det»",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Førebu dialogmøtet dersom partane ønskjer det]"),
        expect=("weakened:prepare the dialogue meeting",),
    ),
    Example(
        "«Ein viss» is «a certain», not «if»: «Førebu dialogmøtet og saker av ein viss storleik»",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Førebu dialogmøtet og saker av ein viss storleik]"),
    ),
    Example(
        "The wording says what another body is: «Rapportere til partnarskapsmøtet, som er styringsorgan for FOUSAM»",
        {"items": [_GOVERN]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]", "[Rapportere til partnarskapsmøtet, som er styringsorgan for FOUSAM]"
        ),
        expect=("missing:govern FOUSAM",),
    ),
    Example(
        "The forum governs FOUSAM: «Vere styringsorgan for FOUSAM»",
        {"items": [_GOVERN]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Vere styringsorgan for FOUSAM]"),
    ),
    Example(
        "The SSU supports the FSU: «Støtte opp om arbeidet i FSU»",
        {"items": [_SUPPORT]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Støtte opp om arbeidet i FSU]"),
    ),
    Example(
        "The point reads the other way round: «Motta støtte frå FSU» (the FSU supports the SSU)",
        {"items": [_SUPPORT]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Motta støtte frå FSU og ha eit overordna perspektiv]"),
        expect=("reversed:support the FSU",),
    ),
    Example(
        "The receiving verb is the point's own: «Motta rapportar frå FSU» for `motta rapport`",
        {"items": [_RECEIVE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Motta rapportar frå FSU]"),
    ),
    Example(
        "The forum is FOUSAM's governing body, in nynorsk: «Vere FOUSAM sitt styringsorgan»",
        {"items": [_GOVERN_KEYS]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Vere FOUSAM sitt styringsorgan]"),
    ),
    Example(
        "FOUSAM governs the forum: «Ha FOUSAM som sitt styringsorgan»",
        {"items": [_GOVERN_KEYS]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Ha FOUSAM som sitt styringsorgan]"),
        expect=("reversed:govern FOUSAM",),
    ),
    Example(
        "The forum sees to it that fora are set up: «Sørgje for at det blir etablert fora for samhandling»",
        {"items": [_FORA]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Sørgje for at det blir etablert fora for samhandling]"),
    ),
    Example(
        "Another body sets up the fora: «Godkjenne at partnarskapsmøtet skal etablere fora for samhandling»",
        {"items": [_FORA]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]", "[Godkjenne at partnarskapsmøtet skal etablere fora for samhandling]"
        ),
        expect=("other-body:set up fora for cooperation",),
    ),
    Example(
        "The forum is only told of the dialogue: «Orienteres om dialogen om strategiske saker»",
        {"items": [_DIALOGUE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Orienteres om dialogen om strategiske saker]"),
        expect=("reversed:dialogue on strategic matters",),
    ),
    Example(
        "The sub-agreement is another forum's: «Gi innspill til FSU, som følgjer opp delavtalen»",
        {"items": [_SUB_AGREEMENT]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "['Gi innspill til FSU, som følgjer opp delavtalen']"),
        expect=("missing:follow up the sub-agreement",),
    ),
    Example(
        "The forum follows up the sub-agreement: «Følgje opp delavtalen om utskriving»",
        {"items": [_SUB_AGREEMENT]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Følgje opp delavtalen om utskriving]"),
    ),
    Example(
        "A «kan» after «og» is the next point's: «Belyse temaer og kan gi råd»",
        {"items": [_THEMES_ANY]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Belyse temaer og kan gi råd til partane]"),
    ),
    Example(
        "Another body approves the agreement: «Revidert samarbeidsavtale godkjennes av kommunestyrene»",
        {"items": [_APPROVE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Revidert samarbeidsavtale godkjennes av kommunestyrene]"),
        expect=("other-body:approve the agreement",),
    ),
    Example(
        "Another body is the subject of the entry: «Partnerskapsmøtet godkjenner samarbeidsavtalen»",
        {"items": [_APPROVE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Partnerskapsmøtet godkjenner samarbeidsavtalen]"),
        expect=("other-body:approve the agreement",),
    ),
    Example(
        "The forum itself is the subject: «Utvalget godkjenner samarbeidsavtalen»",
        {"items": [_APPROVE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Utvalget godkjenner samarbeidsavtalen]"),
    ),
    Example(
        "Another body sets up the fora, in a relative clause: «Følgje med på fora som FOUSAM etablerer»",
        {"items": [_FORA]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Følgje med på fora som FOUSAM etablerer]"),
        expect=("other-body:set up fora for cooperation",),
    ),
    Example(
        "The forum itself in the «av» phrase: «Samarbeidsavtalen godkjennes av samarbeidsutvalget»",
        {"items": [_APPROVE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Samarbeidsavtalen godkjennes av samarbeidsutvalget]"),
    ),
    Example(
        "The agreement's point is itself a relative clause, and the wording takes in «som»",
        {"items": [_THEMES]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Belyse temaer som fremmer samhandling]"),
    ),
    Example(
        "«når» the verb (*reach*), after its subject: «… slik at partene når felles mål»",
        {"items": [_DIALOGUE]},
        _ORG.replace(
            "[Gjennomføre vedtatte tiltak]",
            "['Ha felles dialog om saker av strategisk og helsepolitisk karakter, slik at partene når felles mål']",
        ),
    ),
    Example(
        "«når» the condition: «Ha felles dialog om strategiske saker når det er behov»",
        {"items": [_DIALOGUE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Ha felles dialog om strategiske saker når det er behov]"),
        expect=("weakened:dialogue on strategic matters",),
    ),
    Example(
        "«når» the condition, opening the sentence: «Når saka krev det, ha dialog om strategiske saker»",
        {"items": [_DIALOGUE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "['Når saka krev det, ha dialog om strategiske saker']"),
        expect=("weakened:dialogue on strategic matters",),
    ),
    Example(
        "«kun når»: «Ha dialog om strategiske saker kun når partane ber om det»",
        {"items": [_DIALOGUE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Ha dialog om strategiske saker kun når partane ber om det]"),
        expect=("weakened:dialogue on strategic matters",),
    ),
    Example("The forum has a mandate (whatever it says)", {"min_entries": 1}, _ORG),
    Example(
        "The mandate says only that it is being drawn up: «Mandat under utarbeidelse»",
        {"min_entries": 1},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Mandat under utarbeidelse]"),
        subject="ssu",
        expect=("too-few-entries",),
    ),
    Example(
        "The forum has no mandate",
        {"min_entries": 1},
        _ORG.replace("    mandate: [Gjennomføre vedtatte tiltak]\n", ""),
        subject="ssu",
        expect=("too-few-entries",),
    ),
    Example(
        "The community's secretariat prepares the partnerskapsmøte",
        {"items": [_PREPARE_PM]},
        _ORG + "secretariat:\n  run_by: [ous]\n  mandate: [Førebu partnarskapsmøtet]\n",
        kind="organisation",
    ),
    Example(
        "The community's secretariat prepares it only when asked",
        {"items": [_PREPARE_PM]},
        _ORG + "secretariat:\n  run_by: [ous]\n  mandate: [Førebu partnarskapsmøtet ved behov]\n",
        kind="organisation",
        expect=("weakened:prepare the partnerskapsmøte",),
    ),
    Example(
        "The SSU prepares the dialogue meeting only «om naudsynt» (no weakened_by given)",
        {"items": [_PREPARE]},
        _ORG.replace("[Gjennomføre vedtatte tiltak]", "[Førebu dialogmøtet om naudsynt]"),
        expect=("weakened:prepare the dialogue meeting",),
    ),
)
