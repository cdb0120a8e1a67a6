// Typing a function: a name for the legend and an expression in x, checked as it is typed (the
// parser's message names the column), with the parameters it will get listed below. OK adds
// the formula to the scene model (or changes the one being edited); a refusal keeps the dialog
// open with the reason.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SceneModel;

class FormulaDialog : public QDialog
{
    Q_OBJECT

public:
    // `editKey` 0: a new formula; otherwise the key of the formula to change.
    FormulaDialog(SceneModel *model, int editKey, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *expressionField() const { return m_expression; }
    QLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void check();
    // The expression field's accessible description: its purpose and the check's verdict.
    void describeCheck();

    SceneModel *m_model;
    int m_editKey;
    QLineEdit *m_name;
    QLineEdit *m_expression;
    QLabel *m_message;
    QLabel *m_parameters;
    QDialogButtonBox *m_buttons;
};
