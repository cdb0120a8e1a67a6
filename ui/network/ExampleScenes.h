// The prepared scenes for the classroom claims (Help ▸ Examples): each opens the function and
// the network panel on what one claim says, in the three actions it takes to pick it from the
// menu. The files are Qt resources (resources/examples/).
#pragma once

#include <QString>

#include <vector>

struct ExampleScene
{
    QString path;  // ":/examples/sigmoid-vanishing-gradient.actscene"
    QString title; // the menu entry
    QString claim; // what it shows, for the status bar and the tooltip
};

// In the language of the translators installed when it is called.
std::vector<ExampleScene> exampleScenes();
