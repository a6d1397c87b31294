// The operator's own microphone prompt: who asks, which input devices exist, a live
// level meter of the selected one, and Allow / Block (remembered for the session).
#pragma once

#include <QAudioDevice>
#include <QDialog>
#include <QPointer>
#include <QUrl>

class QAudioSource;
class QComboBox;
class QIODevice;
class QLabel;
class QProgressBar;

namespace callstudio {

class MicPermissionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MicPermissionDialog(const QUrl &origin, QWidget *parent = nullptr);
    ~MicPermissionDialog() override;

    int deviceCount() const;
    QString deviceNote() const; // what the dialog says about the inputs it found

private:
    void listDevices();
    void startMeter();
    void stopMeter();
    void readLevel();

    QComboBox *m_devices = nullptr;
    QProgressBar *m_level = nullptr;
    QLabel *m_deviceNote = nullptr;
    QAudioSource *m_source = nullptr;
    QPointer<QIODevice> m_stream;
};

} // namespace callstudio
