// SPDX-License-Identifier: GPL-3.0-or-later
// Built by tst_layering: what ui/ may include from models/ compiles in a target that links entente_ui.
#include "document.h"
#include "dossierio.h"

int main()
{
    Entente::Document doc;
    return doc.isOpen() ? 1 : 0;
}
