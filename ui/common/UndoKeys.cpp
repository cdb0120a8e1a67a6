// See UndoKeys.h.
#include "UndoKeys.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

class UndoKeyFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride) return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        const bool undoOrRedo =
            key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
        if (!undoOrRedo) return QObject::eventFilter(watched, event);
        // Not accepted: the shortcut map goes on to the window's action.
        event->ignore();
        return true;
    }
};

UndoKeyFilter *filter()
{
    static auto *instance = new UndoKeyFilter(QCoreApplication::instance());
    return instance;
}

} // namespace

void undokeys::leaveToWindow(QWidget *field)
{
    field->installEventFilter(filter());
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        if (QLineEdit *edit = spin->findChild<QLineEdit *>()) edit->installEventFilter(filter());
}
