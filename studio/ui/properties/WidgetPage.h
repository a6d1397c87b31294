// The Properties dock's page for the widget itself, shown while a state is selected:
// name, app id, locales, routing, and on the error state the call error messages.
#pragma once

#include "PropertyPage.h"
#include "commands/DesignProperties.h"

class QFormLayout;

namespace callstudio {

class WidgetPage : public PropertyPage
{
public:
    WidgetPage(const PageContext &context, WidgetState state);

    void build(QFormLayout *form);

private:
    void addIdentity(QFormLayout *form);
    void addDefaultLocale(QFormLayout *form);
    void addLocales(QFormLayout *form);
    void addRouting(QFormLayout *form, const QString &label, RoutingPart part, const std::string &pointer,
                    const QString &tip);
    void addErrorMessages(QFormLayout *form);

    WidgetState m_state;
};

} // namespace callstudio
