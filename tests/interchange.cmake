# SPDX-License-Identifier: GPL-3.0-or-later
# JSON and CSV interchange (models/store/json*, csv*); fixtures live in tests/fixtures/interchange/.
entente_add_test(tst_jsoninterchange entente_store)
entente_add_test(tst_csv entente_store)
# Our CSV tokenizer, JSON reader and date core against Python's csv, json and datetime (tests/fixtures/differential/).
entente_add_test(tst_differential entente_store)
