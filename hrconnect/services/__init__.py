# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The application layer: plain Python that the CLI, the GUI and the tests all call.

Services own the use cases (import, match, review, keep in touch, search, export). They talk to
the store through units of work and hand out ``hrconnect.core`` values; every write returns
``Changes`` so views know what to refresh.
"""
