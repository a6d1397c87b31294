// B6: the real keystroke. In the full main window with its preview, a key typed into the
// Properties text field of a heading until the preview acknowledges the patch, on the
// example, a generated 100 KB and a generated 1 MB design; and the longest stretch the
// GUI thread was busy with one event while each keystroke was handled.
#pragma once

#include <QApplication>
#include <QElapsedTimer>

namespace callstudio::bench {

// The bench's application: times every event delivered on the GUI thread (outermost
// deliveries only), so the longest stall of a stretch of work can be read off.
class StallClockApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override;

    // Forgets the stalls seen so far.
    static void resetLongestStall();
    // The longest single event delivery since the last reset, in ms.
    static double longestStallMs();

private:
    int m_depth = 0;
};

class BenchReport;
void benchKeystroke(BenchReport &report, int repetitions);

} // namespace callstudio::bench
