// Typing into a field the way a user does: select what is there, type, press Enter.
#pragma once

#include <QTest>
#include <QWidget>

namespace testsupport {

inline void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace testsupport
