#include "DraftStore.h"

namespace callstudio {

namespace {
constexpr QChar kSeparator = QLatin1Char('|'); // block ids hold no '|'
}

QString DraftStore::key(const QString &subject, const std::string &pointer)
{
    return subject + kSeparator + QString::fromStdString(pointer);
}

QString DraftStore::subjectOf(const QString &key)
{
    return key.left(key.indexOf(kSeparator));
}

std::string DraftStore::pointerOf(const QString &key)
{
    return key.mid(key.indexOf(kSeparator) + 1).toStdString();
}

const Draft *DraftStore::find(const QString &key) const
{
    const auto it = m_drafts.constFind(key);
    return it == m_drafts.cend() ? nullptr : &*it;
}

void DraftStore::put(const QString &key, Draft draft)
{
    m_drafts.insert(key, std::move(draft));
    emit changed();
}

void DraftStore::remove(const QString &key)
{
    if (m_drafts.remove(key) > 0)
        emit changed();
}

void DraftStore::clear()
{
    if (m_drafts.isEmpty())
        return;
    m_drafts.clear();
    emit changed();
}

} // namespace callstudio
