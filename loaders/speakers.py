"""Who said it: the mentions a report's statements make, resolved to speakers.

A statement names its speaker as a name, a pronoun («وی»), a surname alone, a role
(«مدیرعامل سازمان …»), «یک کارشناس» or a body («سازمان ملل»); :func:`resolve` turns each into
the person (or body) it points to, within one report: names are matched against the
report's registry of people, pronouns take the last speaker, a role the person the
report pairs it with — or, as agency copy does, the person the next paragraph names.
"""

from __future__ import annotations

from .normalize import key
from .people import (
    ORG_HEADS,
    ROLE_ORG,
    STOP,
    SURNAME_ENDINGS,
    Mention,
    Registry,
    is_given_name,
    is_role,
    rare_words,
    role_key,
)


def resolve(mentions: list[Mention], registry: Registry, via: str | None) -> list[Mention | None]:
    """The speaker of each statement, given how each names its speaker, in report order:
    surnames, pronouns and roles point to named people; None where no one can be named.

    >>> from claimgraph.loaders.people import Registry
    >>> registry = Registry()
    >>> named = Mention(0, 10, "میرهاشم موسوی", "مدیرعامل", "سازمان تأمین اجتماعی")
    >>> registry.add(named)
    >>> [s.name for s in resolve([named, Mention(40, 42, None, pronoun=True)], registry, None)]
    ['میرهاشم موسوی', 'میرهاشم موسوی']
    """
    named = [m for m in mentions if m.name and registry.people.get(_key(m.name))]
    # the one person the report names (by a surname alone when it never gives the full name:
    # «فرزین در ادامه گفت … رئیس بانک مرکزی ادامه داد»)
    named = named or [m for m in mentions if _surname_alone(m)]
    only = named[0] if len({_key(m.name) for m in named if m.name}) == 1 else None
    links = _unnamed_links(mentions, registry)
    out: list[Mention | None] = []
    last: Mention | None = None
    person: Mention | None = None  # «وی» after «بنابر اعلام پزشکی قانونی …» is the person before it
    for mention in mentions:
        k = _unnamed_key(mention)
        before = (person or last) if mention.personal else last
        speaker = _speaker(mention, registry, before, only, via, links.get(k) if k else None)
        out.append(speaker)
        last = speaker or last
        if speaker and (speaker.name or speaker.role):
            person = speaker
    return out


def _unnamed_key(mention: Mention) -> str | None:
    """A role or an indefinite subject that names nobody («فرماندار مسجدسلیمان», «یک استاد دانشگاه»)."""
    if mention.name or mention.pronoun or not mention.role:
        return None
    return ("some " if mention.indefinite else "") + role_key(mention.role, mention.organisation)


def _unnamed_links(mentions: list[Mention], registry: Registry) -> dict[str, Mention]:
    """Agency copy leads with a role and names the person in the next paragraph:
    «فرماندار مسجدسلیمان خواستار … شد.» then «به گزارش …، عبدالله ایزدپناه … اظهار کرد».
    Each unnamed role is the first person named after it who has no role of their own
    and is not that of another role; a role the report pairs with a name elsewhere is
    left to the registry.
    """
    links: dict[str, Mention] = {}
    claimed: set[str] = set()
    for i, mention in enumerate(mentions):
        k = _unnamed_key(mention)
        if not k or k in links:
            continue
        if not mention.indefinite and registry.by_role(mention.role, mention.organisation):  # type: ignore[arg-type]
            continue
        for later in mentions[i + 1 :]:
            person = _registered(later, registry) or (later if _surname_alone(later) else None)
            if person and not person.role and _key(person.name) not in claimed:
                links[k] = person
                claimed.add(_key(person.name))  # type: ignore[arg-type]
                break
    return links


def _surname_alone(mention: Mention) -> bool:
    """«موسوی افزود» in a report that never gives his full name: the surname is all there is."""
    if not mention.name or " " in mention.name or mention.guess:
        return False
    word = mention.name
    return (
        len(word) >= 4
        and word.endswith(SURNAME_ENDINGS)
        and word not in STOP
        and word not in ORG_HEADS
        and not is_given_name(word)
        and not is_role(word)
    )


def _registered(mention: Mention, registry: Registry) -> Mention | None:
    if not mention.name:
        return None
    return registry.people.get(_key(mention.name)) or registry.by_surname(mention.name.split()[-1])


def _speaker(
    mention: Mention,
    registry: Registry,
    last: Mention | None,
    only: Mention | None,
    via: str | None,
    linked: Mention | None = None,
) -> Mention | None:
    if mention.pronoun:
        return last or _named_before(registry, mention.start)
    if mention.guess:
        words = mention.name.split()  # type: ignore[union-attr]
        if key(mention.name) in registry.bodies:  # type: ignore[arg-type]
            return Mention(mention.start, mention.end, None, organisation=mention.name)
        known = (
            registry.people.get(_key(mention.name))  # type: ignore[arg-type]
            or registry.by_surname(words[0])
            or registry.longer(mention.name)  # type: ignore[arg-type]  # «کریمی پور» for «رضا کریمی‌پور»
        )
        return known or (_registered(mention, registry) if rare_words(words) else None)
    if linked:
        return Mention(linked.start, linked.end, linked.name, mention.role, mention.organisation)
    if mention.indefinite:
        return mention  # «یک کارشناس»: nobody named; the words the report uses
    if mention.name:
        known = (
            registry.people.get(_key(mention.name))
            or registry.longer(mention.name)
            or registry.by_surname(mention.name.split()[-1])
        )
        if known:
            return known
        # a surname with the post it holds («مهاجر معاون امور زراعت … گفت») is a person too
        named = len(mention.name.split()) >= 2 or _surname_alone(mention) or mention.titled
        return mention if named or mention.role else None
    if mention.role and (mention.organisation or "").startswith("این "):
        return last  # «رئیس این سازمان»: the organisation was named before, so was its head
    if mention.role:
        person = registry.by_role(mention.role, mention.organisation)
        if person:
            return person
        if only and (
            not only.organisation
            or _same_org(mention.organisation, only.organisation)
            # «فرود عسگری، رئیس کل گمرک ایران … گفت», then «معاون وزیر امور اقتصادی و دارایی
            # گفت»: the one person the report names at all, called by another post they hold
            or (only.start < mention.start and len(registry.people) == 1)
        ):
            return Mention(only.start, only.end, only.name, mention.role, mention.organisation)
        return mention
    if mention.organisation:
        return mention  # a body speaking as itself
    return None


def _named_before(registry: Registry, pos: int) -> Mention | None:
    """«… پاک‌نژاد وزیر نفت … یاد کرد. به طوری که او گفت»: a pronoun with no speaker before
    it is the person named last before it."""
    before = [m for m in registry.people.values() if m.start < pos]
    return max(before, key=lambda m: m.start) if before else None


def _same_org(role_org: str | None, other: str | None) -> bool:
    if not role_org or not other:
        return True
    role_org, other = _as_body(role_org), _as_body(other)
    return key(role_org) in key(other) or key(other) in key(role_org)


def _as_body(organisation: str) -> str:
    """«وزیر بهداشت» of «معاون وزیر بهداشت» is the body «وزارت بهداشت»."""
    first, _, rest = organisation.partition(" ")
    return f"{ROLE_ORG[first]} {rest}" if first in ROLE_ORG and rest else organisation


def _key(name: str) -> str:
    return key(name)
