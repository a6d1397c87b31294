// Values the Properties dock refused, as typed: they outlive the page that shows them,
// so selecting another block and coming back shows them again, still marked, and the
// Problems dock lists each one until it is fixed or reverted.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <string>

namespace callstudio {

struct Draft
{
    QString typed;
    std::string stored; // the value it stands in front of: when that changes, the draft ends
    QString label;      // the field's label
    QString reason;     // what the field's check said
};

class DraftStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Keys are "<block id or empty>|<pointer in the page>".
    static QString key(const QString &subject, const std::string &pointer);
    static QString subjectOf(const QString &key);
    static std::string pointerOf(const QString &key);

    const Draft *find(const QString &key) const;
    void put(const QString &key, Draft draft);
    void remove(const QString &key);
    void clear();
    const QHash<QString, Draft> &all() const { return m_drafts; }

signals:
    void changed();

private:
    QHash<QString, Draft> m_drafts;
};

} // namespace callstudio
