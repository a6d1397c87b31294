#include "MicPermissionDialog.h"

#include "PreviewSchemes.h"
#include "checks/OperatorNames.h"

#include <QAudioSource>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace callstudio {

MicPermissionDialog::MicPermissionDialog(const QUrl &origin, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Microphone access"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("The widget asks to use your microphone"), this);
    QFont emphasis = question->font();
    emphasis.setBold(true);
    question->setFont(emphasis);
    question->setTextFormat(Qt::PlainText);
    layout->addWidget(question);
    // Only the widget's own page may ask (custom code never can); anything else is named.
    const bool fromWidget = origin.toString().startsWith(QLatin1String(kWidgetOrigin));
    const QString asker = fromWidget ? QString() : tr(" The request came from %1.").arg(origin.toDisplayString());
    auto *who = new QLabel(tr("A visitor's browser asks this when they tap the call button. Allow to try the call "
                              "with your microphone; Block to see what a visitor who refuses is shown. Custom "
                              "code never gets the microphone.%1")
                               .arg(asker),
                           this);
    who->setWordWrap(true);
    who->setTextFormat(Qt::PlainText);
    layout->addWidget(who);

    auto *form = new QFormLayout;
    m_devices = new QComboBox(this);
    m_level = new QProgressBar(this);
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setAccessibleName(tr("Input level"));
    form->addRow(tr("Input device:"), m_devices);
    form->addRow(tr("Level:"), m_level);
    layout->addLayout(form);
    m_deviceNote = new QLabel(this);
    m_deviceNote->setWordWrap(true);
    layout->addWidget(m_deviceNote);
    auto *remembered = new QLabel(tr("Your answer holds for this preview until you close it, or until you choose "
                                     "Reset microphone permission in the Reload button's menu."),
                                  this);
    remembered->setWordWrap(true);
    remembered->setTextFormat(Qt::PlainText);
    layout->addWidget(remembered);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *block = buttons->addButton(tr("Block"), QDialogButtonBox::RejectRole);
    QPushButton *allow = buttons->addButton(tr("Allow"), QDialogButtonBox::AcceptRole);
    block->setAutoDefault(false);
    allow->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    listDevices();
    connect(m_devices, &QComboBox::currentIndexChanged, this, &MicPermissionDialog::startMeter);
    startMeter();
}

MicPermissionDialog::~MicPermissionDialog()
{
    stopMeter();
}

int MicPermissionDialog::deviceCount() const
{
    return int(QMediaDevices::audioInputs().size());
}

QString MicPermissionDialog::deviceNote() const
{
    return m_deviceNote->text();
}

void MicPermissionDialog::listDevices()
{
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    const QAudioDevice preferred = QMediaDevices::defaultAudioInput();
    for (const QAudioDevice &device : inputs) {
        m_devices->addItem(device.description(), QVariant::fromValue(device));
        if (device == preferred)
            m_devices->setCurrentIndex(m_devices->count() - 1);
    }
    m_devices->setEnabled(!inputs.isEmpty());
    // Chromium's own stand-in input (the flag the simulator and the tests use) answers
    // calls where the system has no device at all.
    const bool simulatedInput = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--use-fake-device-for-media-stream");
    if (inputs.isEmpty()) {
        m_devices->addItem(tr("No input device found"));
        m_deviceNote->setText(simulatedInput
                                  ? tr("This computer has no microphone, but the browser engine runs with a simulated "
                                       "one (--use-fake-device-for-media-stream): Allow gives the call a test tone.")
                                  : tr("This computer has no microphone: whatever you answer, the widget will "
                                       "show the visitor its \u201c%1\u201d error.")
                                        .arg(callErrorTitle(CallErrorCode::MicUnavailable)));
    } else {
        m_deviceNote->setText(
            tr("The meter shows the selected input; the browser engine uses the system's default input."));
    }
}

void MicPermissionDialog::stopMeter()
{
    if (m_source) {
        m_source->stop();
        delete m_source;
        m_source = nullptr;
    }
    m_level->setValue(0);
}

void MicPermissionDialog::startMeter()
{
    stopMeter();
    const QVariant data = m_devices->currentData();
    if (!data.canConvert<QAudioDevice>())
        return;
    const QAudioDevice device = data.value<QAudioDevice>();
    QAudioFormat format;
    format.setSampleRate(16000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    m_source = new QAudioSource(device, format, this);
    m_stream = m_source->start();
    if (m_stream)
        connect(m_stream, &QIODevice::readyRead, this, &MicPermissionDialog::readLevel);
}

void MicPermissionDialog::readLevel()
{
    if (!m_stream || !m_source)
        return;
    const QByteArray chunk = m_stream->readAll();
    const QAudioFormat format = m_source->format();
    const int frameBytes = format.bytesPerSample();
    if (frameBytes <= 0 || chunk.isEmpty())
        return;
    float peak = 0;
    for (qsizetype offset = 0; offset + frameBytes <= chunk.size(); offset += frameBytes)
        peak = qMax(peak, std::abs(format.normalizedSampleValue(chunk.constData() + offset)));
    m_level->setValue(int(qBound(0.0f, peak, 1.0f) * 100));
}

} // namespace callstudio
