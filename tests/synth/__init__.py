# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Deterministic synthetic contact networks with known truth, in the real export shapes.

Feeds the import benchmark, the matching benchmark and the demo store. Modules:

- :mod:`tests.synth.names`, :mod:`tests.synth.nicknames`, :mod:`tests.synth.companies`: our own
  pools (no external data);
- :mod:`tests.synth.population`, :mod:`tests.synth.hardnegatives`,
  :mod:`tests.synth.identities`: the true people, their careers and identifiers;
- :mod:`tests.synth.corruption`, :mod:`tests.synth.variants`: the documented corruption model;
- :mod:`tests.synth.linkedin`, :mod:`tests.synth.linkedin_messages`,
  :mod:`tests.synth.facebook`, :mod:`tests.synth.vcard`, :mod:`tests.synth.addressbooks`:
  writers of real files (FORMATS.md shapes);
- :mod:`tests.synth.truth`, :mod:`tests.synth.profiles`: ``truth.json`` and the three profiles.

Command line: ``python -m tests.synth --out DIR --profile {import-bench,match-bench,demo}
[--seed S] [--people N]``. From Python: :func:`tests.synth.profiles.run_profile`.
"""
