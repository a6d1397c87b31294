// Inputs that loaded, shared by the fuzz target (which sees whether an input loads) and
// its mutator (which starts most mutations from one of them, so that most inputs stay past
// the schema even when the corpus fills with inputs that fail it).
#pragma once

#include <string>
#include <string_view>

namespace fuzzing {

void rememberLoaded(std::string_view text);
bool wasLoaded(std::string_view text);
// One of the remembered inputs, picked by `seed`; nullptr while there is none.
const std::string *loadedDesign(unsigned seed);

} // namespace fuzzing
