// The Properties dock's page for a block: one page per kind of block (texts, the
// disclosure, buttons, link, image, spacer, the pre-call form and the survey), each with
// the editors its kind has.
#pragma once

#include "PropertyPage.h"

class QFormLayout;

namespace callstudio {

// Fills `form` with the editors of `block`.
void buildBlockPage(const PageContext &context, QFormLayout *form, const Block &block);

} // namespace callstudio
