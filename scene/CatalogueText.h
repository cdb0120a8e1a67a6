// The catalogue's texts (core/catalogue.cpp) in the language of the installed translators:
// the summaries, parameter descriptions, family names and the one display name with words.
// Without a translator (the command line) they are the catalogue's English.
#pragma once

#include "activations.h"

#include <QString>

#include <string_view>

namespace cataloguetext {

// Every text the catalogue marks with ACT_TRANSLATABLE("Catalogue", …) is in this context.
inline constexpr char kContext[] = "Catalogue";

QString translated(std::string_view text);
QString displayName(act::FunctionId id);                  // "GELU (tanh-Näherung)"
QString summary(act::FunctionId id);                      // the tooltip of a function
QString description(const act::ParameterSpec &parameter); // the tooltip of a parameter
QString familyTitle(act::Family family);                  // "Rectifier", capitalised

} // namespace cataloguetext
