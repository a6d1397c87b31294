// Recognises payment card data, health data and personal data in the names and texts
// an operator writes (URL context keys and sample values, form fields, survey texts),
// in English, French, German and Spanish.
#pragma once

#include <string>

namespace callstudio {

enum class SensitiveCategory { PaymentCard, Health, PersonalContact };

// How the words were written: an identifier ("cardNumber", "insurance_id") or visitor-
// facing text ("Card number", "N'indiquez pas votre numéro de carte").
enum class WordSource { Identifier, Text };

// The keyword or phrase of `category` found in `text`, "" when none. In visitor-facing
// text a match inside a negated sentence ("please leave out card details", "no
// números de tarjeta") is a warning to the visitor, not a request, and is skipped.
std::string sensitiveTermIn(const std::string &text, SensitiveCategory category, WordSource source);

// A 13–19 digit number passing the Luhn check, digits possibly grouped by single
// spaces or dashes ("4111 1111 1111 1111"); "" when there is none.
std::string luhnCardNumberIn(const std::string &text);

// Whether a visitor-facing text says calls are recorded (en/fr/de/es).
bool mentionsRecording(const std::string &text);

} // namespace callstudio
