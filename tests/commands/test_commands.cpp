// Undo commands: each one does and undoes exactly, value edits merge and drop out when
// they return to the start, and long random edit sessions undo to byte-identical JSON.
#include "commands/AddRemoveBlock.h"
#include "commands/AddRemoveFormField.h"
#include "commands/AddRemoveHoursException.h"
#include "commands/AddRemoveLocale.h"
#include "commands/AddRemoveTimeWindow.h"
#include "commands/ChangeUrlContext.h"
#include "commands/DesignProperties.h"
#include "commands/DuplicateBlock.h"
#include "commands/MoveBlock.h"
#include "commands/MoveFormField.h"
#include "commands/ReplaceDesign.h"
#include "document/DesignDocument.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <random>

using namespace callstudio;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DesignDocument> m_doc;

    std::string json() const { return designToCanonicalText(m_doc->design()); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    QString idleBlockId(size_t i) const
    {
        return QString::fromStdString(m_doc->design().state(WidgetState::Idle).blocks.at(i).id);
    }

    // Pushes `cmd`, checks that it changed the design to `expected`, and that undo and
    // redo go exactly back and forth.
    void pushAndCheck(QUndoCommand *cmd, const std::function<void(WidgetDesign &)> &expectedEdit)
    {
        const std::string before = json();
        WidgetDesign expected = m_doc->design();
        expectedEdit(expected);
        stack()->push(cmd);
        QCOMPARE(json(), designToCanonicalText(expected));
        stack()->undo();
        QCOMPARE(json(), before);
        stack()->redo();
        QCOMPARE(json(), designToCanonicalText(expected));
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<DesignDocument>();
        const LoadResult r = loadDesignFromFile(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");
        QVERIFY(r.ok());
        m_doc->reset(*r.design, QString());
    }

    void addBlock()
    {
        Block b = makeStarterBlock(BlockKind::Link, m_doc->design().freshBlockId(), "en");
        pushAndCheck(new AddBlock(m_doc.get(), WidgetState::Ended, 0, b), [&](WidgetDesign &d) {
            auto &blocks = d.state(WidgetState::Ended).blocks;
            blocks.insert(blocks.begin(), b);
        });
        QCOMPARE(stack()->undoText(), QStringLiteral("Add Block"));
    }

    void removeBlock()
    {
        const QString id = idleBlockId(1);
        pushAndCheck(new RemoveBlock(m_doc.get(), id), [](WidgetDesign &d) {
            auto &blocks = d.state(WidgetState::Idle).blocks;
            blocks.erase(blocks.begin() + 1);
        });
    }

    void duplicateBlock()
    {
        const QString id = idleBlockId(0);
        pushAndCheck(new DuplicateBlock(m_doc.get(), id), [](WidgetDesign &d) {
            auto &blocks = d.state(WidgetState::Idle).blocks;
            Block copy = blocks[0];
            copy.id = d.freshBlockId();
            blocks.insert(blocks.begin() + 1, copy);
        });
        QVERIFY(m_doc->design().state(WidgetState::Idle).blocks[1].id != id.toStdString());
    }

    void moveBlockWithinState()
    {
        const QString id = idleBlockId(0);
        pushAndCheck(new MoveBlock(m_doc.get(), id, WidgetState::Idle, 2), [](WidgetDesign &d) {
            auto &blocks = d.state(WidgetState::Idle).blocks;
            Block b = blocks[0];
            blocks.erase(blocks.begin());
            blocks.insert(blocks.begin() + 2, b);
        });
    }

    void moveBlockToAnotherState()
    {
        const QString id = idleBlockId(1);
        pushAndCheck(new MoveBlock(m_doc.get(), id, WidgetState::Closed, 1), [](WidgetDesign &d) {
            auto &from = d.state(WidgetState::Idle).blocks;
            Block b = from[1];
            from.erase(from.begin() + 1);
            auto &to = d.state(WidgetState::Closed).blocks;
            to.insert(to.begin() + 1, b);
        });
    }

    void moveToSamePlaceIsNotRecorded()
    {
        stack()->push(new MoveBlock(m_doc.get(), idleBlockId(1), WidgetState::Idle, 1));
        QCOMPARE(stack()->count(), 0);
    }

    void changeValueMergesTyping()
    {
        const QString id = idleBlockId(0);
        const LocalizedText start = m_doc->block(id)->text;
        LocalizedText typed = start;
        for (const char *s : {"H", "He", "Hel", "Hello"}) {
            typed.set("en", s);
            stack()->push(new ChangeValue<LocalizedText>(m_doc.get(), property::blockText(id, BlockTextRole::Text),
                                                         typed, UndoName("Change Text")));
        }
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_doc->block(id)->text.byLocale.at("en"), std::string("Hello"));
        stack()->undo();
        QVERIFY(m_doc->block(id)->text == start);
    }

    void changeValueDropsItselfWhenBackToStart()
    {
        const std::string start = m_doc->design().theme.colors.primary;
        for (const char *c : {"#000000", "#111111", start.c_str()})
            stack()->push(new ChangeValue<std::string>(m_doc.get(), property::themeColor(ThemeColorRole::Primary), c,
                                                       UndoName("Change Colour")));
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(m_doc->design().theme.colors.primary, start);
    }

    void changeValueDoesNotMergeAcrossTargets()
    {
        stack()->push(new ChangeValue<std::string>(m_doc.get(), property::themeColor(ThemeColorRole::Primary),
                                                   "#000000", UndoName("Change Colour")));
        stack()->push(new ChangeValue<std::string>(m_doc.get(), property::themeColor(ThemeColorRole::Surface),
                                                   "#000000", UndoName("Change Colour")));
        QCOMPARE(stack()->count(), 2);
    }

    void changeValueAnnouncesWhatChanged()
    {
        QSignalSpy spy(m_doc.get(), &DesignDocument::changed);
        const QString id = idleBlockId(0);
        stack()->push(new ChangeValue<Alignment>(m_doc.get(), property::blockAlignment(id), Alignment::End,
                                                 UndoName("Change Alignment")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DesignDocument::Change>(), DesignDocument::Change::Layout);
        QCOMPARE(spy.at(0).at(1).toString(), id);
        stack()->push(new ChangeValue<std::string>(m_doc.get(), property::customCode(CodePart::Head), "<meta>",
                                                   UndoName("Edit Head HTML")));
        QCOMPARE(spy.at(1).at(0).value<DesignDocument::Change>(), DesignDocument::Change::CustomCode);
        // Where the widget sits is a placement (the preview reloads its host page); its
        // corner radius is plain theme (patched in place).
        stack()->push(new ChangeValue<int>(m_doc.get(), property::themeNumber(ThemeNumber::Width), 333,
                                           UndoName("Change Width")));
        QCOMPARE(spy.at(2).at(0).value<DesignDocument::Change>(), DesignDocument::Change::Placement);
        stack()->push(new ChangeValue<LauncherPosition>(m_doc.get(), property::themePosition(),
                                                        LauncherPosition::BottomLeft, UndoName("Move Launcher")));
        QCOMPARE(spy.at(3).at(0).value<DesignDocument::Change>(), DesignDocument::Change::Placement);
        stack()->push(new ChangeValue<int>(m_doc.get(), property::themeNumber(ThemeNumber::CornerRadius), 7,
                                           UndoName("Change Corner Radius")));
        QCOMPARE(spy.at(4).at(0).value<DesignDocument::Change>(), DesignDocument::Change::Theme);
    }

    void addAndRemoveLocale()
    {
        pushAndCheck(new AddLocale(m_doc.get(), "fr"), [](WidgetDesign &d) { d.locales.push_back("fr"); });
        pushAndCheck(new RemoveLocale(m_doc.get(), "es"), [](WidgetDesign &d) {
            d.locales.erase(std::find(d.locales.begin(), d.locales.end(), "es"));
            forEachText(d, [](LocalizedText &t) { t.byLocale.erase("es"); });
        });
        const int count = stack()->count();
        stack()->push(new RemoveLocale(m_doc.get(), "en")); // the default locale stays
        stack()->push(new AddLocale(m_doc.get(), "not a tag"));
        QCOMPARE(stack()->count(), count);
    }

    void formFieldEdits()
    {
        const QString formId = idleBlockId(2);
        QCOMPARE(m_doc->block(formId)->kind, BlockKind::PreCallForm);
        FormField phone;
        phone.key = "phone";
        phone.type = FieldType::Tel;
        phone.label.set("en", "Phone");
        auto formOf = [&](WidgetDesign &d) -> PreCallForm & { return d.state(WidgetState::Idle).blocks[2].form; };
        pushAndCheck(new AddFormField(m_doc.get(), formId, phone),
                     [&](WidgetDesign &d) { formOf(d).fields.push_back(phone); });
        pushAndCheck(new MoveFormField(m_doc.get(), formId, 0, 1),
                     [&](WidgetDesign &d) { std::swap(formOf(d).fields[0], formOf(d).fields[1]); });
        pushAndCheck(new RemoveFormField(m_doc.get(), formId, 0),
                     [&](WidgetDesign &d) { formOf(d).fields.erase(formOf(d).fields.begin()); });
    }

    void businessHoursEdits()
    {
        pushAndCheck(new AddTimeWindow(m_doc.get(), 6, {"10:00", "14:00"}), [](WidgetDesign &d) {
            d.businessHours.weekly[6].push_back({"10:00", "14:00"});
        });
        pushAndCheck(new RemoveTimeWindow(m_doc.get(), 0, 0),
                     [](WidgetDesign &d) { d.businessHours.weekly[0].erase(d.businessHours.weekly[0].begin()); });
        HoursException e;
        e.date = "2026-12-25";
        e.label.set("en", "Christmas");
        pushAndCheck(new AddHoursException(m_doc.get(), e),
                     [&](WidgetDesign &d) { d.businessHours.exceptions.push_back(e); });
        pushAndCheck(new RemoveHoursException(m_doc.get(), 0),
                     [](WidgetDesign &d) { d.businessHours.exceptions.erase(d.businessHours.exceptions.begin()); });
    }

    void urlContextEdits()
    {
        pushAndCheck(new SetContextEntry(m_doc.get(), "campaign", "spring"),
                     [](WidgetDesign &d) { d.urlContext["campaign"] = "spring"; });
        pushAndCheck(new RenameContextKey(m_doc.get(), "campaign", "utm_campaign"), [](WidgetDesign &d) {
            d.urlContext.erase("campaign");
            d.urlContext["utm_campaign"] = "spring";
        });
        pushAndCheck(new RemoveContextEntry(m_doc.get(), "utm_campaign"),
                     [](WidgetDesign &d) { d.urlContext.erase("utm_campaign"); });
        const int count = stack()->count();
        stack()->push(new RenameContextKey(m_doc.get(), "orderId", "bad key!"));
        QCOMPARE(stack()->count(), count);
        QVERIFY(isValidContextKey("orderId"));
        QVERIFY(!isValidContextKey("9lives"));
        QVERIFY(!isValidContextKey(""));
    }

    void replaceDesign()
    {
        const WidgetDesign starter = makeStarterDesign();
        pushAndCheck(new ReplaceDesign(m_doc.get(), starter), [&](WidgetDesign &d) { d = starter; });
    }

    void documentTracksFileAndModifiedState()
    {
        QSignalSpy modified(m_doc.get(), &DesignDocument::modifiedChanged);
        QSignalSpy changed(m_doc.get(), &DesignDocument::changed);
        QSignalSpy path(m_doc.get(), &DesignDocument::filePathChanged);
        stack()->push(new AddLocale(m_doc.get(), "de"));
        QVERIFY(m_doc->isModified());
        QCOMPARE(modified.count(), 1);
        m_doc->markSaved(QStringLiteral("/tmp/saved.design.json"));
        QVERIFY(!m_doc->isModified());
        QCOMPARE(path.count(), 1);
        stack()->undo();
        QVERIFY(m_doc->isModified()); // the file holds the design with "de"
        changed.clear();
        m_doc->reset(makeStarterDesign(), QString());
        QVERIFY(!m_doc->isModified());
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(m_doc->filePath(), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<DesignDocument::Change>(), DesignDocument::Change::Whole);
        QCOMPARE(modified.last().at(0).toBool(), false);
    }

    void randomEditsUndoToIdenticalJson_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 7u, 42u, 2026u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void randomEditsUndoToIdenticalJson()
    {
        QFETCH(unsigned, seed);
        std::mt19937 rng(seed);
        auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
        const std::string start = json();
        const char *words[] = {"Call", "us", "now", "", "Llámanos", "Appelez", "🙂", "x"};
        int pushed = 0;
        for (int step = 0; step < 260; ++step) {
            const WidgetDesign &d = m_doc->design();
            const auto state = kAllStates[static_cast<size_t>(pick(6))];
            const auto &blocks = d.state(state).blocks;
            const QString anyId =
                blocks.empty()
                    ? QString()
                    : QString::fromStdString(blocks[static_cast<size_t>(pick(static_cast<int>(blocks.size())))].id);
            QUndoCommand *cmd = nullptr;
            switch (pick(12)) {
            case 0:
                cmd = new AddBlock(
                    m_doc.get(), state, pick(4),
                    makeStarterBlock(kAllBlockKinds[static_cast<size_t>(pick(12))], d.freshBlockId(), "en"));
                break;
            case 1:
                if (!anyId.isEmpty())
                    cmd = new RemoveBlock(m_doc.get(), anyId);
                break;
            case 2:
                if (!anyId.isEmpty())
                    cmd = new DuplicateBlock(m_doc.get(), anyId);
                break;
            case 3:
                if (!anyId.isEmpty())
                    cmd = new MoveBlock(m_doc.get(), anyId, kAllStates[static_cast<size_t>(pick(6))], pick(5));
                break;
            case 4:
                if (!anyId.isEmpty()) {
                    LocalizedText t = m_doc->block(anyId)->text;
                    t.set(pick(2) ? "en" : "es", words[pick(8)]);
                    cmd = new ChangeValue<LocalizedText>(m_doc.get(), property::blockText(anyId, BlockTextRole::Text),
                                                         t, UndoName("Change Text"));
                }
                break;
            case 5:
                cmd = new ChangeValue<std::string>(m_doc.get(), property::themeColor(kAllThemeColorRoles[pick(8)]),
                                                   pick(2) ? "#000000" : "#abcdef", UndoName("Change Colour"));
                break;
            case 6:
                cmd = pick(2) ? static_cast<QUndoCommand *>(new AddLocale(m_doc.get(), pick(2) ? "fr" : "de"))
                              : new RemoveLocale(m_doc.get(), pick(2) ? "es" : "fr");
                break;
            case 7:
                cmd = pick(2) ? static_cast<QUndoCommand *>(new AddTimeWindow(m_doc.get(), pick(7), {"08:00", "09:00"}))
                              : new RemoveTimeWindow(m_doc.get(), pick(7), 0);
                break;
            case 8:
                cmd = new SetContextEntry(m_doc.get(), pick(2) ? "orderId" : "k", words[pick(8)]);
                break;
            case 9:
                cmd = new ChangeValue<std::string>(m_doc.get(),
                                                   property::customCode(pick(2) ? CodePart::Head : CodePart::BodyEnd),
                                                   words[pick(8)], UndoName("Edit Code"));
                break;
            case 10:
                if (!anyId.isEmpty())
                    cmd = new ChangeValue<Alignment>(m_doc.get(), property::blockAlignment(anyId),
                                                     static_cast<Alignment>(pick(3)), UndoName("Change Alignment"));
                break;
            case 11:
                cmd = new ChangeValue<int>(m_doc.get(), property::themeNumber(ThemeNumber::Width), 280 + pick(3) * 40,
                                           UndoName("Change Width"));
                break;
            }
            if (cmd) {
                stack()->push(cmd);
                ++pushed;
            }
        }
        QVERIFY(pushed >= 200);
        QVERIFY(stack()->count() > 50);
        const std::string end = json();
        while (stack()->canUndo())
            stack()->undo();
        QCOMPARE(json(), start);
        while (stack()->canRedo())
            stack()->redo();
        QCOMPARE(json(), end);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
