#include "SensitiveData.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace callstudio {

namespace {

using Phrase = std::vector<QString>;

std::vector<Phrase> phrases(std::initializer_list<const char *> list)
{
    std::vector<Phrase> out;
    for (const char *p : list) {
        const QStringList words = QString::fromUtf8(p).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.emplace_back(words.begin(), words.end());
    }
    return out;
}

// Words an identifier or a text is made of, case-folded. Identifiers also split at
// lower-to-upper case changes ("cardNumber" -> card, number).
std::vector<QString> wordsOf(const QString &text, WordSource source)
{
    std::vector<QString> words;
    QString current;
    QChar previous;
    for (const QChar c : text) {
        const bool boundary = source == WordSource::Identifier && previous.isLower() && c.isUpper();
        if (!c.isLetterOrNumber() || boundary) {
            if (!current.isEmpty())
                words.push_back(current.toCaseFolded());
            current.clear();
        }
        if (c.isLetterOrNumber())
            current += c;
        previous = c;
    }
    if (!current.isEmpty())
        words.push_back(current.toCaseFolded());
    return words;
}

// Sentences of a text, so a negation only cancels matches in its own sentence.
QStringList sentencesOf(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        current += c;
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';')
            || c == QLatin1Char('\n')) {
            out << current;
            current.clear();
        }
    }
    out << current;
    return out;
}

bool isNegation(const QString &word)
{
    static const std::vector<QString> kNegations = [] {
        std::vector<QString> v;
        for (const char *w :
             {"not",   "don",    "dont",    "never",  "no",    "without", "avoid",  "out",     "omit",
              "ne",    "n",      "pas",     "jamais", "sans",  "aucun",   "aucune", "nicht",   "kein",
              "keine", "keinen", "niemals", "ohne",   "nunca", "sin",     "ningún", "ninguna", "ningun"})
            v.push_back(QString::fromUtf8(w));
        return v;
    }();
    return std::find(kNegations.begin(), kNegations.end(), word) != kNegations.end();
}

const std::vector<Phrase> &identifierTerms(SensitiveCategory category)
{
    static const std::vector<Phrase> kCard = phrases({"card",
                                                      "cc",
                                                      "pan",
                                                      "cvv",
                                                      "cvv2",
                                                      "cvc",
                                                      "cvc2",
                                                      "csc",
                                                      "cardnumber",
                                                      "ccnumber",
                                                      "ccnum",
                                                      "expiry",
                                                      "carte",
                                                      "cryptogramme",
                                                      "karte",
                                                      "kartennummer",
                                                      "kreditkarte",
                                                      "kreditkarten",
                                                      "kreditkartennummer",
                                                      "prüfnummer",
                                                      "pruefnummer",
                                                      "ablaufdatum",
                                                      "tarjeta",
                                                      "caducidad"});
    static const std::vector<Phrase> kHealth = phrases({"diagnosis",        "diagnose",
                                                        "diagnoses",        "medication",
                                                        "medications",      "medicine",
                                                        "prescription",     "symptom",
                                                        "symptoms",         "allergy",
                                                        "allergies",        "disease",
                                                        "illness",          "medical condition",
                                                        "health condition", "insurance id",
                                                        "insurance number", "insurance no",
                                                        "patient id",       "mrn",
                                                        "blood type",       "diagnostic",
                                                        "maladie",          "médicament",
                                                        "medicament",       "médicaments",
                                                        "ordonnance",       "symptôme",
                                                        "symptome",         "symptômes",
                                                        "mutuelle",         "krankheit",
                                                        "erkrankung",       "medikament",
                                                        "medikamente",      "versichertennummer",
                                                        "krankenkasse",     "krankenversicherung",
                                                        "diagnóstico",      "diagnostico",
                                                        "enfermedad",       "medicamento",
                                                        "medicamentos",     "medicación",
                                                        "medicacion",       "síntoma",
                                                        "sintoma",          "síntomas",
                                                        "sintomas",         "seguro médico",
                                                        "seguro medico"});
    static const std::vector<Phrase> kPersonal =
        phrases({"name",    "firstname", "lastname",  "fullname",     "surname",   "email",     "mail",
                 "e mail",  "phone",     "tel",       "telephone",    "mobile",    "address",   "street",
                 "zip",     "postcode",  "postal",    "birthday",     "birthdate", "dob",       "nom",
                 "prénom",  "prenom",    "courriel",  "téléphone",    "adresse",   "vorname",   "nachname",
                 "telefon", "handy",     "anschrift", "geburtsdatum", "nombre",    "apellido",  "apellidos",
                 "correo",  "teléfono",  "telefono",  "móvil",        "movil",     "dirección", "direccion"});
    switch (category) {
    case SensitiveCategory::PaymentCard:
        return kCard;
    case SensitiveCategory::Health:
        return kHealth;
    case SensitiveCategory::PersonalContact:
        return kPersonal;
    }
    return kCard;
}

const std::vector<Phrase> &cardTextTerms()
{
    static const std::vector<Phrase> kCard = phrases({"card number",
                                                      "credit card",
                                                      "debit card",
                                                      "payment card",
                                                      "card details",
                                                      "cvv",
                                                      "cvv2",
                                                      "cvc",
                                                      "cvc2",
                                                      "security code",
                                                      "expiry date",
                                                      "expiration date",
                                                      "card expiry",
                                                      "numéro de carte",
                                                      "carte bancaire",
                                                      "carte de crédit",
                                                      "carte de paiement",
                                                      "cryptogramme",
                                                      "date d expiration",
                                                      "code de sécurité",
                                                      "kartennummer",
                                                      "kreditkarte",
                                                      "kreditkartennummer",
                                                      "debitkarte",
                                                      "prüfnummer",
                                                      "kartenprüfnummer",
                                                      "ablaufdatum",
                                                      "gültig bis",
                                                      "sicherheitscode",
                                                      "número de tarjeta",
                                                      "tarjeta de crédito",
                                                      "tarjeta de débito",
                                                      "código de seguridad",
                                                      "fecha de caducidad",
                                                      "fecha de vencimiento"});
    return kCard;
}

const std::vector<Phrase> &healthTextTerms()
{
    static const std::vector<Phrase> kHealth = phrases({"diagnosis",
                                                        "diagnoses",
                                                        "medication",
                                                        "medications",
                                                        "prescription",
                                                        "symptom",
                                                        "symptoms",
                                                        "allergy",
                                                        "allergies",
                                                        "medical condition",
                                                        "health condition",
                                                        "pre existing condition",
                                                        "insurance id",
                                                        "insurance number",
                                                        "health insurance number",
                                                        "patient id",
                                                        "diagnostic",
                                                        "maladie",
                                                        "médicament",
                                                        "médicaments",
                                                        "ordonnance",
                                                        "symptôme",
                                                        "symptômes",
                                                        "numéro de sécurité sociale",
                                                        "carte vitale",
                                                        "diagnose",
                                                        "krankheit",
                                                        "erkrankung",
                                                        "medikament",
                                                        "medikamente",
                                                        "symptome",
                                                        "versichertennummer",
                                                        "krankenkasse",
                                                        "diagnóstico",
                                                        "enfermedad",
                                                        "medicamento",
                                                        "medicamentos",
                                                        "medicación",
                                                        "síntoma",
                                                        "síntomas",
                                                        "tarjeta sanitaria",
                                                        "número de afiliación"});
    return kHealth;
}

const std::vector<Phrase> &personalTextTerms()
{
    static const std::vector<Phrase> kPersonal =
        phrases({"name",    "first name",    "last name", "full name",    "surname",  "email",    "e mail",
                 "phone",   "telephone",     "mobile",    "address",      "postcode", "zip code", "date of birth",
                 "nom",     "prénom",        "courriel",  "téléphone",    "adresse",  "vorname",  "nachname",
                 "telefon", "telefonnummer", "anschrift", "geburtsdatum", "nombre",   "apellido", "apellidos",
                 "correo",  "teléfono",      "móvil",     "dirección"});
    return kPersonal;
}

const std::vector<Phrase> &textTerms(SensitiveCategory category)
{
    switch (category) {
    case SensitiveCategory::PaymentCard:
        return cardTextTerms();
    case SensitiveCategory::Health:
        return healthTextTerms();
    case SensitiveCategory::PersonalContact:
        return personalTextTerms();
    }
    return cardTextTerms();
}

// Index of the first occurrence of any term in `words`, with the term; -1 when none.
std::pair<int, const Phrase *> findTerm(const std::vector<QString> &words, const std::vector<Phrase> &terms)
{
    for (size_t i = 0; i < words.size(); ++i)
        for (const Phrase &term : terms) {
            if (i + term.size() > words.size())
                continue;
            bool match = true;
            for (size_t k = 0; k < term.size() && match; ++k)
                match = words[i + k] == term[k];
            if (match)
                return {static_cast<int>(i), &term};
        }
    return {-1, nullptr};
}

std::string joined(const Phrase &phrase)
{
    QStringList parts;
    for (const auto &w : phrase)
        parts << w;
    return parts.join(QLatin1Char(' ')).toStdString();
}

} // namespace

std::string sensitiveTermIn(const std::string &text, SensitiveCategory category, WordSource source)
{
    const QString q = QString::fromStdString(text);
    if (source == WordSource::Identifier) {
        const auto words = wordsOf(q, source);
        const auto [at, term] = findTerm(words, identifierTerms(category));
        // "condition" alone is a health field only as the whole key ("condition"), not in "itemCondition".
        if (at < 0 && category == SensitiveCategory::Health && words.size() == 1
            && words[0] == QLatin1String("condition"))
            return "condition";
        return at < 0 ? std::string() : joined(*term);
    }
    for (const QString &sentence : sentencesOf(q)) {
        const auto words = wordsOf(sentence, source);
        const auto [at, term] = findTerm(words, textTerms(category));
        if (at < 0)
            continue;
        const bool negated = std::any_of(words.begin(), words.begin() + at, isNegation);
        if (!negated)
            return joined(*term);
    }
    return {};
}

std::string luhnCardNumberIn(const std::string &text)
{
    std::string digits;
    std::string written;
    const auto check = [&]() -> bool {
        if (digits.size() < 13 || digits.size() > 19)
            return false;
        int sum = 0;
        bool doubleIt = false;
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            int d = *it - '0';
            if (doubleIt && (d *= 2) > 9)
                d -= 9;
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    };
    for (size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '\0';
        if (c >= '0' && c <= '9') {
            digits += c;
            written += c;
            continue;
        }
        // One space or dash between two digits keeps the number going.
        const bool separator = (c == ' ' || c == '-') && !digits.empty() && i + 1 < text.size() && text[i + 1] >= '0'
                               && text[i + 1] <= '9';
        if (separator) {
            written += c;
            continue;
        }
        if (check())
            return written;
        digits.clear();
        written.clear();
    }
    return {};
}

bool mentionsRecording(const std::string &text)
{
    static const char *const kStems[] = {"record",     "enregistr",      "aufgezeichn", "aufzeichn",
                                         "mitschnitt", "mitgeschnitten", "grabad",      "grabación",
                                         "grabacion",  "grabar",         "graban",      "grabamos"};
    for (const QString &word : wordsOf(QString::fromStdString(text), WordSource::Text))
        for (const char *stem : kStems)
            if (word.startsWith(QString::fromUtf8(stem)))
                return true;
    return false;
}

} // namespace callstudio
