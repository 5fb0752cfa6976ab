# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The command line: the contract of CLI.md over the same services the window uses.

``--json`` prints exactly one JSON document on stdout; progress and logs go to stderr. Exit
codes: 0 done, 1 ran but failed or found nothing usable (rolled back), 2 unusable invocation or
input. Errors are one line on stderr, never a traceback.
"""
