#include "ReadyTexts.h"

#include <map>

namespace callstudio {

std::string readyText(ReadyText which, const std::string &locale)
{
    using Texts = std::map<std::string, std::string>;
    static const Texts recording{
        {"en", "This call may be recorded for quality and training purposes. Tapping Call asks your browser for "
               "microphone access."},
        {"fr", "Cet appel peut être enregistré à des fins de qualité et de formation. En appuyant sur Appeler, votre "
               "navigateur demandera l'accès au micro."},
        {"de", "Dieses Gespräch kann zu Qualitäts- und Schulungszwecken aufgezeichnet werden. Wenn Sie auf Anrufen "
               "tippen, fragt Ihr Browser nach dem Mikrofonzugriff."},
        {"es", "Esta llamada puede grabarse con fines de calidad y formación. Al pulsar Llamar, tu navegador pedirá "
               "acceso al micrófono."},
    };
    static const Texts processing{
        {"en", "Your voice and the details you enter are processed by our support team only to handle your request. "
               "See our privacy notice for how long we keep them and your rights."},
        {"fr",
         "Votre voix et les informations saisies sont traitées par notre équipe d'assistance uniquement pour répondre "
         "à votre demande. Consultez notre politique de confidentialité pour la durée de conservation et vos droits."},
        {"de", "Ihre Stimme und Ihre Angaben werden von unserem Support-Team nur zur Bearbeitung Ihres Anliegens "
               "verarbeitet. Speicherdauer und Ihre Rechte finden Sie in unserer Datenschutzerklärung."},
        {"es",
         "Tu voz y los datos que introduces los trata nuestro equipo de soporte solo para atender tu solicitud. "
         "Consulta nuestro aviso de privacidad para saber cuánto tiempo los conservamos y cuáles son tus derechos."},
    };
    static const Texts regulated{
        {"en", "Calls are recorded and kept as required by financial-services regulation. Do not share card numbers or "
               "passwords during the call."},
        {"fr", "Les appels sont enregistrés et conservés conformément à la réglementation des services financiers. Ne "
               "communiquez ni numéro de carte ni mot de passe pendant l'appel."},
        {"de", "Gespräche werden gemäß den Vorschriften für Finanzdienstleistungen aufgezeichnet und aufbewahrt. "
               "Nennen Sie während des Gesprächs keine Kartennummern oder Passwörter."},
        {"es", "Las llamadas se graban y conservan según exige la normativa de servicios financieros. No compartas "
               "números de tarjeta ni contraseñas durante la llamada."},
    };
    const Texts &texts = which == ReadyText::RecordingNotice    ? recording
                         : which == ReadyText::ProcessingNotice ? processing
                                                                : regulated;
    const std::string language = locale.substr(0, locale.find('-'));
    auto it = texts.find(language);
    return it != texts.end() ? it->second : texts.at("en");
}

} // namespace callstudio
