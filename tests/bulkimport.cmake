# SPDX-License-Identifier: GPL-3.0-or-later
# Bulk event import (CSV/TSV/JSON with column mappings), background runner, TimelineJS3 interchange.
entente_add_test(tst_eventimportdate entente_store)
entente_add_test(tst_eventimport entente_store)
entente_add_test(tst_eventimportrunner entente_models)
entente_add_test(tst_eventimportcommand entente_store)
entente_add_test(tst_eventimportsplit entente_store)
entente_add_test(tst_timelinejs entente_store)
entente_add_test(tst_importwizard entente_ui entente_store)
