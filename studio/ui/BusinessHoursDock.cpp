#include "BusinessHoursDock.h"

#include "PropertyBinding.h"
#include "checks/OperatorNames.h"
#include "commands/AddRemoveHoursException.h"
#include "commands/AddRemoveTimeWindow.h"
#include "commands/DesignProperties.h"
#include "contract/DesignPointers.h"
#include "contract/OpeningHours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callstudio {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isValidTime(const QString &text)
{
    return text.size() == 5 && minutesOfTime(text.toStdString()) >= 0;
}

QLabel *errorLabel(const QString &text)
{
    auto *l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    l->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    l->hide();
    return l;
}

// The opening windows of weekday `day`, or of exception `exception` when `day` is -1;
// `Hours` is BusinessHours or const BusinessHours, so views read what commands write.
template <typename Hours> auto windowsIn(Hours &h, int day, size_t exception) -> decltype(&h.weekly.front())
{
    if (day >= 0)
        return day < 7 ? &h.weekly[static_cast<size_t>(day)] : nullptr;
    return exception < h.exceptions.size() ? &h.exceptions[exception].windows : nullptr;
}

template <typename Hours> auto exceptionIn(Hours &h, size_t i) -> decltype(&h.exceptions.front())
{
    return i < h.exceptions.size() ? &h.exceptions[i] : nullptr;
}

} // namespace

BusinessHoursDock::BusinessHoursDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_locale(document->design().defaultLocale)
{
    setObjectName(QStringLiteral("businessHoursDock"));
    connect(m_document, &DesignDocument::changed, this, [this](DesignDocument::Change what) {
        using Change = DesignDocument::Change;
        if (what != Change::BusinessHours && what != Change::Whole && what != Change::Locales)
            return;
        if (shape() != m_shape)
            rebuildWhenSeen();
        else if (!m_stale)
            m_editors.refreshAll();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureCurrent();
    });
    retranslate();
}

void BusinessHoursDock::rebuildWhenSeen()
{
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void BusinessHoursDock::ensureCurrent()
{
    if (m_stale)
        rebuild();
}

QWidget *BusinessHoursDock::editorFor(const std::string &pointer)
{
    ensureCurrent();
    return m_editors.editorFor(pointer);
}

void BusinessHoursDock::retranslate()
{
    setWindowTitle(tr("Business hours"));
    rebuildWhenSeen();
}

void BusinessHoursDock::setEditingLocale(const QString &locale)
{
    m_locale = locale.toStdString();
    rebuildWhenSeen();
}

std::string BusinessHoursDock::shape() const
{
    const BusinessHours &h = m_document->design().businessHours;
    std::string s = m_locale + "|" + m_document->design().defaultLocale + "|";
    for (const auto &day : h.weekly)
        s += std::to_string(day.size()) + ",";
    for (const auto &e : h.exceptions)
        s += (e.closed ? "c" : "o") + std::to_string(e.windows.size()) + ",";
    return s;
}

void BusinessHoursDock::editHours(const std::string &part, const std::function<void(BusinessHours &)> &edit,
                                  UndoName name, Step step)
{
    BusinessHours h = m_document->design().businessHours;
    edit(h);
    const DesignProperty<BusinessHours> property = property::businessHours(part);
    pushChange(m_document, step == Step::OwnStep ? oneStep(property) : property, h, std::move(name));
}

void BusinessHoursDock::addWindowEditors(QHBoxLayout *row, int day, size_t exception)
{
    const JsonPointer list =
        day >= 0 ? weekdayWindowsPointer(day) : exceptionPointer(exception, ExceptionMember::Windows);
    const auto *windows = windowsIn(m_document->design().businessHours, day, exception);
    const size_t count = windows ? windows->size() : 0;
    for (size_t i = 0; i < count; ++i) {
        for (bool open : {true, false}) {
            row->addWidget(
                timeEditor(hoursWindowPointer(list, i, open ? WindowEnd::Open : WindowEnd::Close).to_string(), day,
                           exception, i, open));
            if (open)
                row->addWidget(new QLabel(QStringLiteral("–")));
        }
        auto *remove = new QToolButton;
        remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this opening window"));
        remove->setAccessibleName(tr("Remove opening window"));
        connect(remove, &QToolButton::clicked, this, [this, day, exception, i] {
            editHours(
                "windows",
                [&](BusinessHours &h) {
                    auto *w = windowsIn(h, day, exception);
                    if (w && i < w->size())
                        w->erase(w->begin() + static_cast<long>(i));
                },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Opening Window")), Step::OwnStep);
        });
        row->addWidget(remove);
    }
    auto *add = new QToolButton;
    add->setText(QStringLiteral("+"));
    add->setAccessibleName(tr("Add window"));
    add->setToolTip(tr("Add an opening window (split shifts have several)"));
    connect(add, &QToolButton::clicked, this, [this, day, exception] {
        editHours(
            "windows",
            [&](BusinessHours &h) {
                if (auto *w = windowsIn(h, day, exception))
                    w->push_back(w->empty() ? TimeWindow{"09:00", "17:00"} : TimeWindow{"15:00", "18:00"});
            },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Add Opening Window")), Step::OwnStep);
    });
    row->addWidget(add);
    row->addStretch();
    m_editors.add(list.to_string(), add);
}

QLineEdit *BusinessHoursDock::timeEditor(const std::string &pointer, int day, size_t exception, size_t index, bool open)
{
    auto *edit = new QLineEdit;
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("000:000")) + 12);
    edit->setMaxLength(5);
    edit->setPlaceholderText(QStringLiteral("HH:MM"));
    edit->setAccessibleName(open ? tr("Opens at") : tr("Closes at"));
    edit->setToolTip(open ? tr("Opening time, HH:MM") : tr("Closing time, HH:MM (24:00 for midnight)"));
    connect(edit, &QLineEdit::textEdited, this, [=](const QString &text) {
        const bool ok = isValidTime(text);
        edit->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
        edit->setToolTip(ok ? QString() : tr("Use HH:MM between 00:00 and 24:00"));
        if (ok)
            editHours(
                pointer,
                [&](BusinessHours &h) {
                    auto *w = windowsIn(h, day, exception);
                    if (w && index < w->size())
                        (open ? (*w)[index].open : (*w)[index].close) = text.toStdString();
                },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Opening Hours")));
    });
    m_editors.onRefresh([this, edit, day, exception, index, open] {
        const auto *w = windowsIn(m_document->design().businessHours, day, exception);
        if (!w || index >= w->size())
            return;
        const QString v = q(open ? (*w)[index].open : (*w)[index].close);
        // A half-typed, refused time stays until it is fixed or the value changes.
        if (edit->text() != v && (isValidTime(edit->text()) || edit->text().isEmpty())) {
            const QSignalBlocker blocker(edit);
            edit->setText(v);
        }
    });
    m_editors.add(pointer, edit);
    return edit;
}

void BusinessHoursDock::rebuild()
{
    // The editor with the focus comes back focused in the new page (a type change rebuilds).
    const std::string focusedPointer = m_editors.focusedPointer();
    m_editors.clear();
    m_stale = false;
    m_shape = shape();
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *top = new QFormLayout;
    addTimeZoneRow(top);
    auto *always = new QCheckBox(tr("Open 24/7"));
    always->setToolTip(tr("When ticked the weekly hours are kept but not used"));
    connect(always, &QCheckBox::toggled, this, [this](bool on) {
        editHours(
            "alwaysOpen", [&](BusinessHours &h) { h.alwaysOpen = on; },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Change Open 24/7")), Step::OwnStep);
    });
    top->addRow(QString(), always);
    m_editors.add(hoursMemberPointer(HoursMember::AlwaysOpen).to_string(), always);
    layout->addLayout(top);

    auto *weekly = new QGroupBox(tr("Weekly hours"));
    auto *weeklyForm = new QFormLayout(weekly);
    for (int day = 0; day < 7; ++day) {
        auto *row = new QHBoxLayout;
        addWindowEditors(row, day, 0);
        if (m_document->design().businessHours.weekly[static_cast<size_t>(day)].empty())
            row->insertWidget(0, new QLabel(tr("Closed")));
        weeklyForm->addRow(weekdayTitle(day), row);
    }
    layout->addWidget(weekly);
    m_editors.onRefresh([this, always, weekly] {
        const bool on = m_document->design().businessHours.alwaysOpen;
        const QSignalBlocker blocker(always);
        always->setChecked(on);
        weekly->setEnabled(!on);
    });
    layout->addWidget(buildExceptions());
    layout->addStretch();

    installDockPage(this, page);
    m_editors.refreshAll();
    m_editors.focus(focusedPointer);
}

void BusinessHoursDock::addTimeZoneRow(QFormLayout *form)
{
    auto *zone = new QComboBox;
    zone->setEditable(true);
    zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromLatin1(id));
    zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    zone->completer()->setFilterMode(Qt::MatchContains);
    zone->setAccessibleName(tr("Time zone"));
    zone->setToolTip(tr("The IANA time zone the opening hours are in"));
    auto *zoneError = errorLabel(tr("Not a known time zone"));
    auto applyZone = [this, zone, zoneError] {
        const QString text = zone->currentText().trimmed();
        const bool ok = QTimeZone::isTimeZoneIdAvailable(text.toLatin1());
        zoneError->setVisible(!ok);
        if (ok)
            editHours(
                "timezone", [&](BusinessHours &h) { h.timezone = text.toStdString(); },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Time Zone")));
    };
    connect(zone, QOverload<int>::of(&QComboBox::activated), this, applyZone);
    connect(zone->lineEdit(), &QLineEdit::editingFinished, this, applyZone);
    m_editors.onRefresh([this, zone, zoneError] {
        const QString v = q(m_document->design().businessHours.timezone);
        if (zone->currentText() != v) {
            const QSignalBlocker blocker(zone);
            zone->setCurrentText(v);
        }
        zoneError->setVisible(!QTimeZone::isTimeZoneIdAvailable(v.toLatin1()));
    });
    form->addRow(tr("Time zone"), zone);
    form->addRow(QString(), zoneError);
    m_editors.add(hoursMemberPointer(HoursMember::TimeZone).to_string(), zone);
}

QWidget *BusinessHoursDock::buildExceptions()
{
    auto *exceptions = new QGroupBox(tr("Exceptions (holidays, special days)"));
    auto *exLayout = new QVBoxLayout(exceptions);
    const auto &list = m_document->design().businessHours.exceptions;
    for (size_t i = 0; i < list.size(); ++i)
        exLayout->addWidget(buildException(i, list[i].closed));
    const std::string defaultLocale = m_document->design().defaultLocale;
    auto *add = new QPushButton(tr("Add exception"));
    add->setToolTip(tr("Add a dated exception, closed all day by default"));
    connect(add, &QPushButton::clicked, this, [this, defaultLocale] {
        HoursException e;
        QDate day = QDate::currentDate();
        auto used = [this](const QDate &d) {
            for (const auto &x : m_document->design().businessHours.exceptions)
                if (x.date == d.toString(QStringLiteral("yyyy-MM-dd")).toStdString())
                    return true;
            return false;
        };
        while (used(day))
            day = day.addDays(1);
        e.date = day.toString(QStringLiteral("yyyy-MM-dd")).toStdString();
        e.label.set(defaultLocale, tr("Closed").toStdString());
        m_document->undoStack()->push(new AddHoursException(m_document, e));
    });
    exLayout->addWidget(add);
    m_editors.add(hoursMemberPointer(HoursMember::Exceptions).to_string(), add);
    return exceptions;
}

QWidget *BusinessHoursDock::buildException(size_t i, bool closedAllDay)
{
    auto exceptionOf = [this, i] { return exceptionIn(m_document->design().businessHours, i); };
    auto editException = [this, i](const std::string &part, const std::function<void(HoursException &)> &edit,
                                   const char *undoName) {
        editHours(
            part,
            [&](BusinessHours &h) {
                if (auto *e = exceptionIn(h, i))
                    edit(*e);
            },
            UndoName(undoName));
    };
    auto *box = new QFrame;
    box->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(box);
    auto *date = new QLineEdit;
    date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    date->setAccessibleName(tr("Date"));
    auto *dateError = errorLabel(tr("Use a calendar date as YYYY-MM-DD"));
    connect(date, &QLineEdit::textEdited, this, [editException, dateError](const QString &text) {
        const bool ok = QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid();
        dateError->setVisible(!ok);
        if (ok)
            editException(
                "exception-date", [&](HoursException &e) { e.date = text.toStdString(); },
                QT_TRANSLATE_NOOP("Undo", "Change Exception Date"));
    });
    m_editors.onRefresh([date, exceptionOf, dateError] {
        const auto *e = exceptionOf();
        if (e && !dateError->isVisible() && date->text() != q(e->date)) {
            const QSignalBlocker blocker(date);
            date->setText(q(e->date));
        }
    });
    form->addRow(tr("Date"), date);
    form->addRow(QString(), dateError);
    m_editors.add(exceptionPointer(i, ExceptionMember::Date).to_string(), date);
    addExceptionLabelRow(form, exceptionPointer(i, ExceptionMember::Label).to_string(), i);
    addExceptionClosedRow(form, i);
    if (!closedAllDay) {
        auto *row = new QHBoxLayout;
        addWindowEditors(row, -1, i);
        form->addRow(tr("Open"), row);
    }
    m_editors.add(exceptionPointer(i).to_string(), box);
    return box;
}

void BusinessHoursDock::addExceptionLabelRow(QFormLayout *form, const std::string &pointer, size_t i)
{
    const std::string locale = m_locale;
    const std::string defaultLocale = m_document->design().defaultLocale;
    auto *label = new QLineEdit;
    label->setAccessibleName(tr("Exception label"));
    label->setToolTip(tr("Shown to visitors in %1, e.g. Christmas").arg(q(locale)));
    connect(label, &QLineEdit::textEdited, this, [this, i, locale, defaultLocale](const QString &text) {
        editHours(
            "exception-label",
            [&](BusinessHours &h) {
                if (auto *e = exceptionIn(h, i)) {
                    if (text.isEmpty() && locale != defaultLocale)
                        e->label.byLocale.erase(locale);
                    else
                        e->label.set(locale, text.toStdString());
                }
            },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Change Exception Label")));
    });
    m_editors.onRefresh([this, label, i, locale, defaultLocale] {
        const auto *e = exceptionIn(m_document->design().businessHours, i);
        if (!e)
            return;
        auto it = e->label.byLocale.find(locale);
        const QString v = it == e->label.byLocale.end() ? QString() : q(it->second);
        label->setPlaceholderText(locale == defaultLocale ? QString()
                                                          : q(e->label.resolve(defaultLocale, defaultLocale)));
        if (label->text() != v) {
            const QSignalBlocker blocker(label);
            label->setText(v);
        }
    });
    form->addRow(tr("Label"), label);
    m_editors.add(pointer, label);
}

void BusinessHoursDock::addExceptionClosedRow(QFormLayout *form, size_t i)
{
    auto *closed = new QCheckBox(tr("Closed all day"));
    connect(closed, &QCheckBox::toggled, this, [this, i](bool on) {
        editHours(
            "exception-closed",
            [&](BusinessHours &h) {
                if (auto *e = exceptionIn(h, i)) {
                    e->closed = on;
                    if (on)
                        e->windows.clear();
                    else if (e->windows.empty())
                        e->windows.push_back({"10:00", "14:00"});
                }
            },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Change Exception Hours")), Step::OwnStep);
    });
    m_editors.onRefresh([this, closed, i] {
        if (const auto *e = exceptionIn(m_document->design().businessHours, i)) {
            const QSignalBlocker blocker(closed);
            closed->setChecked(e->closed);
        }
    });
    auto *remove = new QPushButton(tr("Remove exception"));
    connect(remove, &QPushButton::clicked, this,
            [this, i] { m_document->undoStack()->push(new RemoveHoursException(m_document, static_cast<int>(i))); });
    auto *closedRow = new QHBoxLayout;
    closedRow->addWidget(closed);
    closedRow->addStretch();
    closedRow->addWidget(remove);
    form->addRow(QString(), closedRow);
}

bool BusinessHoursDock::focusPointer(const std::string &pointer)
{
    ensureCurrent();
    return m_editors.reveal(pointer, this);
}

} // namespace callstudio
