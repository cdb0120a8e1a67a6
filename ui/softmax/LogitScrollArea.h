// The softmax panel's scroll area for its logit rows. However short the panel, it shows the first
// kRowsAlwaysShown rows whole (the usual examples need no scrolling), and it asks for room for up
// to kRowsPreferred; more rows scroll. Both heights come from the rows' own size hints when asked,
// so they follow font changes (presentation mode) and added or removed rows.
#pragma once

#include <QScrollArea>

class QGridLayout;

class LogitScrollArea : public QScrollArea
{
public:
    static constexpr int kRowsAlwaysShown = 3;
    static constexpr int kRowsPreferred = 12;

    explicit LogitScrollArea(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    QGridLayout *grid() const;
    // Room for the widest rows and a vertical scroll bar beside them.
    int rowsWidth() const;
    // The first `count` rows at their size-hint height.
    int rowsHeight(int count) const;
};
