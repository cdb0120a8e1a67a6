// Settings of a test's own: Qt's test-mode locations under the XDG_CONFIG_HOME that CTest gives
// each test, a name no user's settings have, and a clean slate before every test function, so
// a saved theme, window or session can neither leak in nor from one test into the next.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace testsupport {

// From initTestCase().
inline void useOwnSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationExplorerTests"));
    QCoreApplication::setApplicationName(testName);
}

// From init().
inline void clearSettings()
{
    QSettings().clear();
}

} // namespace testsupport
