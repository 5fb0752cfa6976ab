# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The words for the core's stable keys, translated through Qt (ARCHITECTURE §3.11).

The core speaks in keys (``hidden_member``, ``linkedin``, ``family_name``,
``last_contact_plus_interval``); this module turns them into the user's language. Strings are
marked with ``QCoreApplication.translate`` so ``pyside6-lupdate`` finds them. Dates and numbers
are formatted in the user's locale.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

if TYPE_CHECKING:
    from datetime import date

    from hrconnect.services.reminders import DueItem


_PLACEHOLDER = re.compile(r"%(\d+)")
_LOCATOR = re.compile(r"^(line|card|item|row|thread|message) (\d+)$")


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def source_name(kind: str) -> str:
    """The name of a source kind (``linkedin`` -> "LinkedIn")."""
    names = {
        "linkedin": _t("LinkedIn"),
        "facebook": _t("Facebook"),
        "vcard": _t("Phone or address book"),
        "google": _t("Google Contacts"),
        "outlook": _t("Outlook"),
        "user": _t("Your edits"),
    }
    return names.get(kind, kind)


def source_short_name(kind: str) -> str:
    """A source kind in a word, for badges (``vcard`` -> "vCard"); see :func:`source_name`."""
    names = {
        "linkedin": "LinkedIn",
        "facebook": "Facebook",
        "vcard": "vCard",
        "google": "Google",
        "outlook": "Outlook",
        "user": _t("You"),
    }
    return names.get(kind, kind)


def format_name(format_id: str) -> str:
    """The name of an import format."""
    names = {
        "linkedin-archive": _t("LinkedIn archive"),
        "linkedin-connections": _t("LinkedIn connections"),
        "facebook-archive": _t("Facebook archive"),
        "vcard": _t("vCard file"),
        "google-csv": _t("Google Contacts CSV"),
        "outlook-csv": _t("Outlook CSV"),
    }
    return names.get(format_id, format_id)


def interaction_name(kind: str | None) -> str:
    """The name of an interaction kind, or of the connection date (``connected``)."""
    names = {
        "call": _t("call"),
        "message": _t("message"),
        "meeting": _t("meeting"),
        "note": _t("note"),
        "email": _t("e-mail"),
        "linkedin_message": _t("LinkedIn message"),
        "linkedin_invitation": _t("LinkedIn invitation"),
        "facebook_message": _t("Facebook message"),
        "connected": _t("connection date"),
    }
    return names.get(kind or "", kind or _t("contact"))


def problem_reason(reason: str) -> str:
    """Why an item was skipped or failed, in words."""
    reasons = {
        "hidden_member": _t("hidden LinkedIn member (only a date)"),
        "placeholder_name": _t("no real name (placeholder)"),
        "missing_name": _t("no name"),
        "empty_row": _t("empty row"),
        "empty_card": _t("empty card"),
        "owner": _t("this is you"),
        "duplicate_record": _t("listed twice in the same file"),
        "duplicate_entry": _t("listed twice in the same file"),
        "forgotten": _t("forgotten at your request"),
        "unreadable_date": _t("date could not be read"),
        "unreadable_birthday": _t("birthday could not be read"),
        "photo_dropped": _t("photo damaged or too large; left out"),
        "bad_row": _t("row could not be read"),
        "short_row": _t("row is cut short"),
        "row_cut_short": _t("row is cut short"),
        "truncated_row": _t("file ends in the middle of a row"),
        "field_too_long": _t("a field is absurdly long"),
        "too_many_errors": _t("too many broken rows; the rest of the file was not read"),
        "unreadable_card": _t("card could not be read"),
        "unterminated_card": _t("last card is not finished"),
        "bad_item": _t("entry could not be read"),
        "bad_json": _t("the file is not valid JSON"),
        "too_deeply_nested": _t("the file is nested too deeply"),
        "wrong_json_type": _t("the file has an unexpected structure"),
        "unrecognised_file": _t("not a contact export"),
        "unsafe_path": _t("unsafe path inside the archive (never written to disk)"),
        "zip_bomb": _t("unpacks to far more than its size (refused)"),
        "encrypted_member": _t("encrypted inside the archive"),
        "too_large": _t("too large"),
        "too_many_files": _t("too many files"),
        "bad_archive": _t("damaged archive"),
        "binary_file": _t("not a text file"),
        "empty_file": _t("empty file"),
        "no_header": _t("no header row found"),
        "no_rows": _t("no rows"),
        "no_cards": _t("no contact cards"),
        "no_facebook_data": _t("no friends or messages"),
        "unknown_format": _t("not a LinkedIn, Facebook, vCard, Google or Outlook export"),
        "read_error": _t("could not be read"),
        "reader_error": _t("could not be read"),
        "unreadable": _t("could not be read"),
        "unreadable_file": _t("could not be read"),
        "internal_error": _t("could not be read"),
        "no_counterpart": _t("message partner unknown"),
    }
    return reasons.get(reason, reason.replace("_", " "))


def signal_name(signal: str) -> str:
    """The name of a matching signal (an evidence line's heading)."""
    names = {
        "linkedin_url": _t("LinkedIn profile"),
        "email": _t("E-mail"),
        "mobile": _t("Mobile number"),
        "phone": _t("Phone number"),
        "family_name": _t("Last name"),
        "given_name": _t("First name"),
        "order_swapped": _t("Name order"),
        "company": _t("Company"),
        "email_domain": _t("E-mail domain"),
        "email_name": _t("E-mail address"),
        "title": _t("Job title"),
        "birthday": _t("Birthday"),
        "numbered_mailbox": _t("Numbered mailbox"),
        "same_address_book": _t("Same address book"),
    }
    return names.get(signal, signal.replace("_", " "))


def interaction_count(kind: str, count: int) -> str:
    """``3 calls``, ``1 message``: a number of interactions of one kind."""
    forms = {
        "call": QCoreApplication.translate("Texts", "%n call(s)", "", count),
        "meeting": QCoreApplication.translate("Texts", "%n meeting(s)", "", count),
        "note": QCoreApplication.translate("Texts", "%n note(s)", "", count),
        "linkedin_invitation": QCoreApplication.translate("Texts", "%n invitation(s)", "", count),
    }
    return forms.get(kind) or QCoreApplication.translate("Texts", "%n message(s)", "", count)


def evidence_detail(reason: str, values: list[str]) -> str | None:
    """A matcher finding in the user's language, or None for an unknown reason key."""
    templates = {
        "same_linkedin": _t("same LinkedIn profile %1"),
        "different_linkedin": _t("different LinkedIn profiles %1 / %2"),
        "same_email": _t("same e-mail %1"),
        "same_mobile": _t("same mobile %1"),
        "mobile_typo": _t("mobiles one digit apart %1 / %2"),
        "same_phone": _t("same phone %1"),
        "switchboard": _t("same switchboard %1 (shared by %2 people)"),
        "swapped": _t("first and last name read the other way round"),
        "equal": "%1 = %2",
        "equal_rare": _t("%1 = %2 (rare)"),
        "equal_common": _t("%1 = %2 (common)"),
        "part_of_surname": _t("%1 ~ %2 (part of the surname)"),
        "spelling": _t("%1 ≈ %2 (spelling)"),
        "sounds_alike": _t("%1 ≈ %2 (sounds alike)"),
        "surnames_differ": "%1 ≠ %2",
        "different_people": _t("%1 / %2 (different people)"),
        "nickname": _t("%1 ~ %2 (nickname)"),
        "given_names_differ": _t("%1 / %2 differ"),
        "initials_fit": _t("%1 / %2 (initials fit)"),
        "initials_differ": _t("%1 / %2 (initials differ)"),
        "email_fits_name": _t("the e-mail %1@… fits %2"),
        "numbered_mailbox": _t("%1@… is numbered: the company may have namesakes"),
        "same_address_book": _t("two cards in one address book, nothing shared"),
        "different_mobiles": _t("different mobiles %1 / %2"),
        "domain_fits_company": _t("e-mail domain %1 ~ %2"),
        "other_mailbox": _t("different mailboxes at %1"),
        "titles_share": _t("job titles share %1"),
        "same_birthday": _t("same birthday %1"),
        "same_day_and_month": _t("same birthday --%1"),
        "birthday_typo": _t("birthdays nearly equal (%1 / %2)"),
        "birthdays_differ": _t("birthdays differ (%1 / %2)"),
    }
    template = templates.get(reason)
    if template is None:
        return None

    # One pass, so a value that itself contains "%1" (a name, a company) stays as it is.
    def value(match: re.Match[str]) -> str:
        position = int(match[1])
        return values[position - 1] if 0 < position <= len(values) else match[0]

    return _PLACEHOLDER.sub(value, template)


def format_date(value: date | None) -> str:
    """A date in the user's locale (short format), or an empty string."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_month_day(month: int, day: int) -> str:
    """A day of the year without the year ("14 March"), in the user's locale."""
    locale = QLocale()
    return f"{day} {locale.monthName(month, QLocale.FormatType.LongFormat)}"


def interval_words(days: int) -> str:
    """An interval in words (``every 6 months``, ``every month``), translated."""
    singular = {
        1: _t("every day"),
        7: _t("every week"),
        30: _t("every month"),
        365: _t("every year"),
    }
    if days in singular:
        return singular[days]
    if days % 365 == 0:
        return QCoreApplication.translate("Texts", "every %n year(s)", "", days // 365)
    if days % 30 == 0 or days in (91, 182, 183):
        return QCoreApplication.translate("Texts", "every %n month(s)", "", round(days / 30.4))
    if days % 7 == 0:
        return QCoreApplication.translate("Texts", "every %n week(s)", "", days // 7)
    return QCoreApplication.translate("Texts", "every %n day(s)", "", days)


def ago_words(then: date, today: date) -> str:
    """How long ago, in words (``14 months ago``), translated."""
    days = (today - then).days
    if days <= 0:
        return _t("today")
    if days < 14:
        return QCoreApplication.translate("Texts", "%n day(s) ago", "", days)
    if days < 60:
        return QCoreApplication.translate("Texts", "%n week(s) ago", "", days // 7)
    if days < 730:
        return QCoreApplication.translate("Texts", "%n month(s) ago", "", int(days / 30.44))
    return QCoreApplication.translate("Texts", "%n year(s) ago", "", days // 365)


def due_reason(item: DueItem, today: date) -> str:
    """Why someone is due, translated.

    For example "Last contact 14 months ago (LinkedIn message of 3/9/25); every 6 months, from
    the tag Ex-colleagues".
    """
    origin = item.rule_origin
    rule = interval_words(item.every_days)
    source = (
        _t("set for this person")
        if origin == "person"
        else _t("from the tag %1").replace("%1", origin[4:])
    )
    if item.last_contact_on is None:
        return _t("No contact yet; %1, %2").replace("%1", rule).replace("%2", source)
    text = _t("Last contact %1 (%2 of %3); %4, %5")
    for placeholder, value in (
        ("%1", ago_words(item.last_contact_on, today)),
        ("%2", interaction_name(item.last_contact_kind)),
        ("%3", format_date(item.last_contact_on)),
        ("%4", rule),
        ("%5", source),
    ):
        text = text.replace(placeholder, value)
    if item.reason.value == "snooze_ended":
        text += _t("; snoozed until today")
    return text


def locator_words(locator: str) -> str:
    """An importer's ``line 12`` / ``card 3`` in the user's language; others as written."""
    match = _LOCATOR.match(locator.strip())
    if match is None:
        return locator
    words = {
        "line": _t("line %1"),
        "card": _t("card %1"),
        "item": _t("item %1"),
        "row": _t("row %1"),
        "thread": _t("conversation %1"),
        "message": _t("message %1"),
    }
    return words[match[1]].replace("%1", QLocale().toString(int(match[2])))


def provenance(archive: str | None, file: str | None, locator: str | None) -> str:
    """Where something came from: ``archive.zip › Connections.csv, line 12``."""
    place = " › ".join(part for part in (archive, file) if part)
    position = locator_words(locator) if locator else ""
    if place and position:
        return f"{place}, {position}"
    return place or position
