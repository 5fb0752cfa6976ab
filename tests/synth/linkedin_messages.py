# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""LinkedIn ``messages.csv`` and ``Invitations.csv`` in their 2024 and 2026 shapes.

Conversations follow the owner's relationships: warmer connections talk more often and more
recently. Mixed in, as in real files: group chats (``TO`` holds several names whose own commas
make it unsplittable; ``RECIPIENT PROFILE URLS`` is the safe list), InMail and sponsored
conversations from non-connections (HTML content, a title, some in ``SPAM``), ``LinkedIn Member``
placeholders without a URL, and drafts (``IS MESSAGE DRAFT`` = ``Yes``). Conversation ids are
``2-`` plus base64 of ``<uuid>_010``, which ends in ``==`` like the real ones. Rows are grouped
by conversation, conversations ordered by latest activity and rows newest first.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from tests.synth import names
from tests.synth.csvtext import CsvDoc, us_short, utc_stamp
from tests.synth.identities import Registry, linkedin_slug_for, profile_url

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence

    from tests.synth.corruption import View
    from tests.synth.population import TruePerson

HEADERS = {
    "2024": (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
    ),
    "2026": (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT"
    ),
}
INVITATIONS_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"

_CHAT = (
    "Dag {n}, bedankt voor de connectie!",
    "Hoi {n}, hoe gaat het met je?",
    "Thanks {n}, talk soon.",
    "Zeker, laten we volgende week bellen.",
    "Bonjour {n}, merci pour ton message !",
    "Top, dan zie ik je donderdag.",
    "Ken jij iemand voor een rol als payroll officer, Antwerpen?",
    "Proficiat met je nieuwe job!",
    "Great to see you at the HR summit, let's keep in touch.",
    "Ik stuur je de vacature door, laat maar weten.",
    "Super, merci!",
    "Ok, perfect.",
    "Heb je tijd voor een koffie, misschien in Gent?",
    "Goed nieuws: de kandidaat heeft getekend.",
)
_INMAIL = (
    '<p class="spinmail-quill-editor__spin-break">Beste {n},</p><p>Voor een klant zoeken wij een '
    "HR Director (m/v/x). Interesse in een gesprek?</p>",
    "<p>Hi {n}, I came across your profile and think you would be a great fit for our HR "
    "Business Partner opening in Brussels.</p>",
)
_INVITE_NOTES = (
    "Hi Sam, fijn je te ontmoeten op de HR-beurs, graag connecten!",
    "Bonjour Sam, ravi de vous rencontrer hier.",
    "Hello Sam, we met at the Talent Summit, would love to connect.",
)


@dataclass(frozen=True, slots=True)
class Party:
    """A participant as LinkedIn writes it: display name and profile URL (may be empty)."""

    name: str
    url: str
    pid: int | None = None


@dataclass(slots=True)
class Message:
    """One row: who sent it, when, what, and whether it is a draft."""

    sender: int
    """Index into the conversation's participants (0 = the owner)."""
    when: datetime
    content: str
    draft: bool = False


@dataclass(slots=True)
class Conversation:
    """One conversation; participant 0 is the owner."""

    cid: str
    participants: list[Party]
    messages: list[Message] = field(default_factory=list)
    title: str = ""
    subject: str = ""
    folder: str = "INBOX"

    @property
    def last(self) -> datetime:
        """Latest message time (orders the file)."""
        return max(m.when for m in self.messages)


def conversation_id(rng: random.Random) -> str:
    """``2-`` + base64(``<uuid4>_010``): 40 bytes, so the base64 ends in ``==``."""
    raw = f"{uuid.UUID(int=rng.getrandbits(128), version=4)}_010".encode()
    return "2-" + base64.b64encode(raw).decode()


def _moment(rng: random.Random, day: date) -> datetime:
    return datetime.combine(
        day, time(rng.randint(7, 21), rng.randrange(60), rng.randrange(60)), UTC
    )


def _thread(rng: random.Random, conv: Conversation, end: datetime, count: int) -> None:
    moment = end
    others = len(conv.participants) - 1
    for _ in range(count):
        sender = 0 if rng.random() < 0.45 else rng.randint(1, others)
        name = conv.participants[sender if sender else 1].name.split(" ")[0] or "Sam"
        conv.messages.append(Message(sender, moment, rng.choice(_CHAT).format(n=name)))
        moment -= timedelta(minutes=rng.randint(3, 60 * 30))


def build_conversations(
    rng: random.Random,
    owner: Party,
    members: Sequence[tuple[TruePerson, View, date]],
    export: date,
    scale: float = 1.0,
) -> list[Conversation]:
    """Conversations between the owner and connections, plus InMail, groups and placeholders.

    Args:
        rng: Random source.
        owner: The owner's name and URL.
        members: ``(person, LinkedIn view, connected on)`` per connection.
        export: The export date; nothing happens after its morning.
        scale: Multiplies the chance of talking (1.0 gives ~0.7 conversations per connection).

    Returns:
        Conversations, each with at least one message, newest message last in time order.
    """
    conversations: list[Conversation] = []
    parties = [
        Party(f"{view.given.strip()} {view.family.strip()}", view.linkedin_url, person.pid)
        for person, view, _ in members
    ]
    horizon = datetime.combine(export, time(6, 0), UTC)
    for (person, _view, since), party in zip(members, parties, strict=True):
        if rng.random() > min(0.95, (0.22 + 0.9 * person.warmth) * scale):
            continue
        count = 1
        while rng.random() < 0.3 * (0.5 + person.warmth) and count < 8:
            count += 1
        for _ in range(count):
            span = 20 + 900 * (1 - person.warmth)
            days_ago = min(int(rng.expovariate(1 / span)), max(0, (export - since).days))
            end = min(horizon, _moment(rng, export - timedelta(days=days_ago)))
            conv = Conversation(conversation_id(rng), [owner, party])
            length = 1
            while rng.random() < 0.66 and length < 14:
                length += 1
            _thread(rng, conv, end, length)
            if rng.random() < 0.1:
                conv.folder = "ARCHIVE"
            conversations.append(conv)
    _add_specials(rng, owner, parties, conversations, horizon)
    return conversations


def _stranger(rng: random.Random, registry: Registry) -> Party:
    origin = names.pick_origin(rng)
    given = names.pick_given(rng, origin, rng.choice("mf"))
    family = names.pick_surname(rng, origin)
    return Party(f"{given} {family}", profile_url(linkedin_slug_for(registry, rng, given, family)))


def _add_specials(
    rng: random.Random,
    owner: Party,
    parties: list[Party],
    conversations: list[Conversation],
    horizon: datetime,
) -> None:
    base = len(conversations)
    registry = Registry()
    for _ in range(max(1, base * 3 // 100)):
        group = rng.sample(parties, k=min(len(parties), rng.randint(2, 4)))
        conv = Conversation(conversation_id(rng), [owner, *group])
        _thread(rng, conv, horizon - timedelta(days=rng.randint(0, 700)), rng.randint(2, 10))
        conversations.append(conv)
    for index in range(max(2, base * 2 // 100)):
        sender = _stranger(rng, registry)
        conv = Conversation(conversation_id(rng), [owner, sender])
        conv.title = rng.choice(("Sponsored Conversation", "HR Director (m/v/x) - Antwerpen"))
        conv.subject = conv.title if rng.random() < 0.5 else ""
        conv.folder = "SPAM" if index % 2 == 0 else "INBOX"
        when = horizon - timedelta(days=rng.randint(0, 900), hours=rng.randint(0, 20))
        first = owner.name.split(" ")[0]
        conv.messages.append(Message(1, when, rng.choice(_INMAIL).format(n=first)))
        conversations.append(conv)
    for _ in range(max(1, base // 100)):
        conv = Conversation(conversation_id(rng), [owner, Party("LinkedIn Member", "")])
        _thread(rng, conv, horizon - timedelta(days=rng.randint(0, 1500)), rng.randint(1, 4))
        conv.messages[0].sender = 1
        conversations.append(conv)
    talking = conversations[:base]
    for conv in rng.sample(talking, k=len(talking) // 100):
        newest = conv.last + timedelta(minutes=rng.randint(5, 600))
        conv.messages.append(
            Message(0, min(horizon, newest), "Hoi, ik wou nog even vragen of", draft=True)
        )
    for party in rng.sample(parties, k=min(len(parties), max(1, base // 300))):
        conv = Conversation(conversation_id(rng), [owner, party])
        conv.messages.append(
            Message(
                0, horizon - timedelta(days=rng.randint(0, 60)), "Dag, ik zag dat je", draft=True
            )
        )
        conversations.append(conv)


@dataclass(slots=True)
class MessageStats:
    """Counts the import benchmark can check against."""

    rows: int = 0
    conversations: int = 0
    drafts: int = 0
    spam_rows: int = 0
    group_conversations: int = 0
    placeholder_rows: int = 0
    last_contact: dict[int, str] = field(default_factory=dict)
    """Per person id, the ISO date of the latest non-draft, non-spam message with them."""


def messages_csv(
    conversations: list[Conversation], era: str, rng: random.Random
) -> tuple[str, MessageStats]:
    """Render ``messages.csv`` (LF, no final newline) for header ``era`` ``2024`` or ``2026``."""
    doc = CsvDoc(final_newline=False)
    doc.line(HEADERS[era])
    stats = MessageStats(conversations=len(conversations))
    for conv in sorted(conversations, key=lambda c: c.last, reverse=True):
        if len(conv.participants) > 2:
            stats.group_conversations += 1
        all_draft = all(m.draft for m in conv.messages)
        for message in sorted(conv.messages, key=lambda m: m.when, reverse=True):
            sender = conv.participants[message.sender]
            others = [p for i, p in enumerate(conv.participants) if i != message.sender]
            cells = [
                conv.cid,
                conv.title,
                sender.name,
                sender.url,
                ", ".join(p.name for p in others),
                ",".join(p.url for p in others if p.url),
                utc_stamp(message.when),
                conv.subject,
                message.content,
                conv.folder,
            ]
            draft = "Yes" if message.draft else "No"
            if era == "2024":
                cells += [draft, "Yes" if all_draft else "No"]
            else:
                attachment = ""
                if rng.random() < 0.02 and not message.draft:
                    attachment = (
                        "https://www.linkedin.com/dms/prv/image/v2/D4E06AQ"
                        f"{rng.getrandbits(64):016x}/messaging-image-720/0/?m=AQ"
                        f"{rng.getrandbits(48):012x}&ne=1&v=beta&t={rng.getrandbits(40):010x}"
                    )
                cells += [attachment, draft]
            doc.row(cells)
            stats.rows += 1
            stats.drafts += message.draft
            stats.spam_rows += conv.folder == "SPAM"
            stats.placeholder_rows += sender.name == "LinkedIn Member"
            if message.draft or conv.folder == "SPAM":
                continue
            for party in conv.participants[1:]:
                if party.pid is not None:
                    day = message.when.date().isoformat()
                    if stats.last_contact.get(party.pid, "") < day:
                        stats.last_contact[party.pid] = day
    return doc.text(), stats


def invitations_csv(
    rng: random.Random,
    owner: Party,
    members: Sequence[tuple[TruePerson, View, date]],
    export: date,
) -> str:
    """``Invitations.csv`` (2024 header): recent connections plus a few pending invitations."""
    rows: list[tuple[datetime, list[str]]] = []
    registry = Registry()
    recent = [(p, v, d) for p, v, d in members if (export - d).days < 540]
    for _person, view, since in recent:
        other = Party(f"{view.given.strip()} {view.family.strip()}", view.linkedin_url)
        sent = datetime.combine(
            since - timedelta(days=rng.randint(0, 6)), time(rng.randint(7, 22), rng.randrange(60))
        )
        rows.append((sent, _invitation(rng, owner, other, sent, incoming=rng.random() < 0.6)))
    for _ in range(max(1, len(recent) // 30)):
        other = _stranger(rng, registry)
        sent = datetime.combine(
            export - timedelta(days=rng.randint(1, 90)), time(rng.randint(7, 22), rng.randrange(60))
        )
        rows.append((sent, _invitation(rng, owner, other, sent, incoming=rng.random() < 0.5)))
    doc = CsvDoc(final_newline=False)
    doc.line(INVITATIONS_HEADER)
    doc.rows(cells for _, cells in sorted(rows, key=lambda item: item[0], reverse=True))
    return doc.text()


def _invitation(
    rng: random.Random, owner: Party, other: Party, sent: datetime, *, incoming: bool
) -> list[str]:
    inviter, invitee = (other, owner) if incoming else (owner, other)
    note = rng.choice(_INVITE_NOTES) if incoming and rng.random() < 0.15 else ""
    return [
        inviter.name,
        invitee.name,
        us_short(sent),
        note,
        "INCOMING" if incoming else "OUTGOING",
        inviter.url,
        invitee.url,
    ]
