<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Activation Explorer</source>
        <translation>Über Activation Explorer</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (%1). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Activation Explorer</source>
        <translation>Activation Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>See how neural-network activation functions and their gradients behave.</source>
        <translation>Zeigt, wie sich Aktivierungsfunktionen neuronaler Netze und ihre Gradienten verhalten.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>&amp;About Activation Explorer…</source>
        <translation>Ü&amp;ber Activation Explorer…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Über &amp;Qt…</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>drawn: %1</source>
        <translation>gezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Slope of the line.</source>
        <translation>Steigung der Geraden.</translation>
    </message>
    <message>
        <source>Slope for negative inputs: a small leak keeps the gradient from dying where ReLU&apos;s would be zero.</source>
        <translation>Steigung für negative Eingaben: Ein kleines Leck bewahrt den Gradienten vor dem Absterben, wo der von ReLU null wäre.</translation>
    </message>
    <message>
        <source>Learned slope for negative inputs (0.25 is the paper&apos;s initial value).</source>
        <translation>Gelernte Steigung für negative Eingaben (0.25 ist der Startwert aus dem Originalartikel).</translation>
    </message>
    <message>
        <source>Lower bound of the random negative slope U(l, u); evaluation uses the mean (l+u)/2.</source>
        <translation>Untere Grenze der zufälligen negativen Steigung U(l, u); die Auswertung nutzt den Mittelwert (l+u)/2.</translation>
    </message>
    <message>
        <source>Upper bound of the random negative slope U(l, u); evaluation uses the mean (l+u)/2.</source>
        <translation>Obere Grenze der zufälligen negativen Steigung U(l, u); die Auswertung nutzt den Mittelwert (l+u)/2.</translation>
    </message>
    <message>
        <source>Value the negative side saturates to: f(x) → −α as x → −∞.</source>
        <translation>Wert, gegen den die negative Seite sättigt: f(x) → −α für x → −∞.</translation>
    </message>
    <message>
        <source>Negative saturation; the default, with λ, makes activations self-normalising (mean 0, variance 1 are a fixed point).</source>
        <translation>Negative Sättigung; der Standardwert macht die Aktivierungen zusammen mit λ selbstnormalisierend (Mittelwert 0 und Varianz 1 sind ein Fixpunkt).</translation>
    </message>
    <message>
        <source>Scale applied to both sides; above 1 so the variance can grow back.</source>
        <translation>Skalierung beider Seiten; größer als 1, damit die Varianz wieder wachsen kann.</translation>
    </message>
    <message>
        <source>Negative saturation −α; unlike ELU the derivative stays continuous at 0 for every α &gt; 0.</source>
        <translation>Negative Sättigung −α; anders als bei ELU bleibt die Ableitung bei 0 für jedes α &gt; 0 stetig.</translation>
    </message>
    <message>
        <source>Sharpness: β = 0 gives x/2, β = 1 is SiLU, β → ∞ approaches ReLU.</source>
        <translation>Schärfe: β = 0 ergibt x/2, β = 1 ist SiLU, β → ∞ nähert sich ReLU.</translation>
    </message>
    <message>
        <source>Sharpness: larger β hugs ReLU more closely.</source>
        <translation>Schärfe: Je größer β, desto enger schmiegt sich die Funktion an ReLU an.</translation>
    </message>
    <message>
        <source>Above βx = t the function is exactly x (PyTorch&apos;s overflow guard).</source>
        <translation>Oberhalb von βx = t ist die Funktion genau x (der Überlaufschutz von PyTorch).</translation>
    </message>
    <message>
        <source>Lower clamp value.</source>
        <translation>Untere Begrenzung.</translation>
    </message>
    <message>
        <source>Upper clamp value.</source>
        <translation>Obere Begrenzung.</translation>
    </message>
    <message>
        <source>Half-width of the dead zone around 0; outside it the input is moved λ towards 0.</source>
        <translation>Halbe Breite der toten Zone um 0; außerhalb wird die Eingabe um λ in Richtung 0 verschoben.</translation>
    </message>
    <message>
        <source>Half-width of the zone around 0 that is set to 0; outside it the input passes unchanged.</source>
        <translation>Halbe Breite der Zone um 0, die auf 0 gesetzt wird; außerhalb bleibt die Eingabe unverändert.</translation>
    </message>
    <message>
        <source>Inputs at or below this value are replaced.</source>
        <translation>Eingaben kleiner oder gleich diesem Wert werden ersetzt.</translation>
    </message>
    <message>
        <source>What replaces inputs at or below the threshold.</source>
        <translation>Wodurch Eingaben kleiner oder gleich dem Schwellenwert ersetzt werden.</translation>
    </message>
    <message>
        <source>No non-linearity: a stack of linear layers is still one linear map.</source>
        <translation>Keine Nichtlinearität: Ein Stapel linearer Schichten bleibt eine einzige lineare Abbildung.</translation>
    </message>
    <message>
        <source>Saturates at 0 and 1: its gradient peaks at 1/4 and vanishes in both tails.</source>
        <translation>Sättigt bei 0 und 1: Ihr Gradient hat sein Maximum von 1/4 und verschwindet in beiden Ausläufern.</translation>
    </message>
    <message>
        <source>Zero-centred sigmoid with range (−1, 1); its gradient also vanishes for large |x|.</source>
        <translation>Nullzentrierte Sigmoidfunktion mit Wertebereich (−1, 1); auch ihr Gradient verschwindet für großes |x|.</translation>
    </message>
    <message>
        <source>Gradient 1 for x &gt; 0 and exactly 0 for x ≤ 0: a unit stuck there stops learning (dying ReLU).</source>
        <translation>Gradient 1 für x &gt; 0 und genau 0 für x ≤ 0: Eine Einheit, die dort festsitzt, lernt nicht mehr (sterbende ReLU).</translation>
    </message>
    <message>
        <source>A small slope α for x ≤ 0 keeps a gradient flowing where ReLU&apos;s dies.</source>
        <translation>Eine kleine Steigung α für x ≤ 0 lässt einen Gradienten fließen, wo der von ReLU abstirbt.</translation>
    </message>
    <message>
        <source>Leaky ReLU whose negative slope α is learned per channel.</source>
        <translation>Leaky ReLU, deren negative Steigung α pro Kanal gelernt wird.</translation>
    </message>
    <message>
        <source>Randomised leaky ReLU: a random negative slope per input in training, its mean at test time.</source>
        <translation>Zufällige Leaky ReLU: im Training eine zufällige negative Steigung pro Eingabe, bei der Anwendung deren Mittelwert.</translation>
    </message>
    <message>
        <source>Smooth negative side saturating at −α pushes mean activations towards 0.</source>
        <translation>Die glatte negative Seite, die bei −α sättigt, schiebt die mittlere Aktivierung in Richtung 0.</translation>
    </message>
    <message>
        <source>Scaled ELU: with the default α and λ, inputs with mean 0 and variance 1 keep mean 0 and variance 1 (self-normalising).</source>
        <translation>Skalierte ELU: Mit den Standardwerten von α und λ behalten Eingaben mit Mittelwert 0 und Varianz 1 den Mittelwert 0 und die Varianz 1 (selbstnormalisierend).</translation>
    </message>
    <message>
        <source>ELU rescaled so the derivative is continuous at 0 for every α.</source>
        <translation>ELU, so umskaliert, dass die Ableitung bei 0 für jedes α stetig ist.</translation>
    </message>
    <message>
        <source>Weights the input by the probability that a standard normal is below it: a smooth ReLU with a small dip below 0 near x ≈ −0.75.</source>
        <translation>Gewichtet die Eingabe mit der Wahrscheinlichkeit, dass eine standardnormalverteilte Größe darunter liegt: eine glatte ReLU mit einer kleinen Delle unter 0 bei x ≈ −0.75.</translation>
    </message>
    <message>
        <source>GELU (tanh approx.)</source>
        <translation>GELU (tanh-Näherung)</translation>
    </message>
    <message>
        <source>The tanh approximation of GELU used by BERT and GPT-2; within 5e-4 of the exact GELU.</source>
        <translation>Die tanh-Näherung von GELU, wie sie BERT und GPT-2 verwenden; höchstens 5e-4 von der exakten GELU entfernt.</translation>
    </message>
    <message>
        <source>Smooth and non-monotonic; β interpolates between x/2 (β = 0) and ReLU (β → ∞).</source>
        <translation>Glatt und nicht monoton; β interpoliert zwischen x/2 (β = 0) und ReLU (β → ∞).</translation>
    </message>
    <message>
        <source>Swish with β = 1: a smooth ReLU with a small dip near x ≈ −1.28.</source>
        <translation>Swish mit β = 1: eine glatte ReLU mit einer kleinen Delle bei x ≈ −1.28.</translation>
    </message>
    <message>
        <source>A smooth ReLU; its derivative is the sigmoid.</source>
        <translation>Eine glatte ReLU; ihre Ableitung ist die Sigmoidfunktion.</translation>
    </message>
    <message>
        <source>ReLU capped at 6, a fixed range that suits low-precision (mobile) networks.</source>
        <translation>ReLU, bei 6 gekappt: ein fester Wertebereich, der Netzen mit geringer Genauigkeit (mobil) entgegenkommt.</translation>
    </message>
    <message>
        <source>Smooth and non-monotonic like Swish, with a slightly deeper dip.</source>
        <translation>Glatt und nicht monoton wie Swish, mit einer etwas tieferen Delle.</translation>
    </message>
    <message>
        <source>Like tanh but approaches ±1 polynomially, so its gradient vanishes more slowly.</source>
        <translation>Wie tanh, nähert sich ±1 aber polynomiell, sodass ihr Gradient langsamer verschwindet.</translation>
    </message>
    <message>
        <source>Piecewise-linear tanh: cheap, with hard saturation.</source>
        <translation>Stückweise lineare tanh: günstig zu berechnen, mit harter Sättigung.</translation>
    </message>
    <message>
        <source>Piecewise-linear sigmoid used in MobileNetV3.</source>
        <translation>Stückweise lineare Sigmoidfunktion, verwendet in MobileNetV3.</translation>
    </message>
    <message>
        <source>Piecewise-quadratic Swish used in MobileNetV3.</source>
        <translation>Stückweise quadratische Swish, verwendet in MobileNetV3.</translation>
    </message>
    <message>
        <source>Log of the sigmoid, as used in binary cross-entropy.</source>
        <translation>Logarithmus der Sigmoidfunktion, wie bei der binären Kreuzentropie.</translation>
    </message>
    <message>
        <source>Flat (cubic) around 0, linear far from it.</source>
        <translation>Flach (kubisch) um 0, linear weit davon entfernt.</translation>
    </message>
    <message>
        <source>Soft thresholding: zeroes a band around 0 and moves the rest λ towards 0.</source>
        <translation>Weiche Schwellung: setzt ein Band um 0 auf null und verschiebt den Rest um λ in Richtung 0.</translation>
    </message>
    <message>
        <source>Hard thresholding: zeroes a band around 0, keeps the rest.</source>
        <translation>Harte Schwellung: setzt ein Band um 0 auf null und lässt den Rest unverändert.</translation>
    </message>
    <message>
        <source>Replaces inputs at or below θ by a constant v; ReLU is θ = v = 0.</source>
        <translation>Ersetzt Eingaben kleiner oder gleich θ durch eine Konstante v; ReLU ist θ = v = 0.</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
    <message>
        <source>rectifier</source>
        <translation>Gleichrichter</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>smooth</source>
        <translation>glatt</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Draw the current function minus another beneath the plot, with the largest difference in view</source>
        <translation>Die aktuelle Funktion minus eine andere unter dem Diagramm zeichnen, mit der größten Differenz im sichtbaren Bereich</translation>
    </message>
    <message>
        <source>Remove the difference panel</source>
        <translation>Das Differenzfeld entfernen</translation>
    </message>
    <message>
        <source>Stop &amp;Comparing</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 is undefined over this range</source>
        <translation>%1 ist in diesem Bereich nicht definiert</translation>
    </message>
    <message>
        <source>max |%1| = %2 at x = %3</source>
        <translation>max |%1| = %2 bei x = %3</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>the end of the formula</source>
        <translation>das Ende der Formel</translation>
    </message>
    <message>
        <source>the formula is longer than %1 characters at column %2</source>
        <translation>Die Formel ist länger als %1 Zeichen, in Spalte %2</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte %1 at column %2</source>
        <translation>ungültiges UTF-8-Byte %1 in Spalte %2</translation>
    </message>
    <message>
        <source>the formula is empty at column %1</source>
        <translation>Die Formel ist leer (Spalte %1)</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos; at column %1</source>
        <translation>&apos;)&apos; ohne passende &apos;(&apos; in Spalte %1</translation>
    </message>
    <message>
        <source>&apos;,&apos; outside a function&apos;s arguments at column %1</source>
        <translation>&apos;,&apos; außerhalb der Argumente einer Funktion in Spalte %1</translation>
    </message>
    <message>
        <source>expected an operator before %1 at column %2</source>
        <translation>Operator vor %1 erwartet, in Spalte %2</translation>
    </message>
    <message>
        <source>the formula is nested more than %1 levels deep at column %2</source>
        <translation>Die Formel ist tiefer als %1 Ebenen verschachtelt, in Spalte %2</translation>
    </message>
    <message>
        <source>the number %1 is out of range at column %2</source>
        <translation>Die Zahl %1 liegt außerhalb des darstellbaren Bereichs, in Spalte %2</translation>
    </message>
    <message>
        <source>malformed number %1 at column %2</source>
        <translation>fehlerhafte Zahl %1 in Spalte %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the arguments, found %1 at column %2</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in den Argumenten erwartet, gefunden: %1 in Spalte %2</translation>
    </message>
    <message>
        <source>%1 takes %2 or more arguments, got %3 at column %4</source>
        <translation>%1 nimmt %2 oder mehr Argumente, erhalten: %3, in Spalte %4</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 arguments, got %4 at column %5</source>
        <translation>%1 nimmt %2 bis %3 Argumente, erhalten: %4, in Spalte %5</translation>
    </message>
    <message>
        <source>%1 takes 1 argument, got %2 at column %3</source>
        <translation>%1 nimmt 1 Argument, erhalten: %2, in Spalte %3</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, got %3 at column %4</source>
        <translation>%1 nimmt %2 Argumente, erhalten: %3, in Spalte %4</translation>
    </message>
    <message>
        <source>the parameters of %1 must not depend on x at column %2</source>
        <translation>Die Parameter von %1 dürfen nicht von x abhängen, in Spalte %2</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at column %2</source>
        <translation>unbekannter Name &apos;%1&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at column %2 — did you mean %3?</source>
        <translation>unbekannter Name &apos;%1&apos; in Spalte %2 — meinten Sie %3?</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; for this &apos;(&apos; at column %1</source>
        <translation>&apos;)&apos; zu dieser &apos;(&apos; fehlt, in Spalte %1</translation>
    </message>
    <message>
        <source>the formula ends where a value was expected at column %1</source>
        <translation>Die Formel endet, wo ein Wert erwartet wurde, in Spalte %1</translation>
    </message>
    <message>
        <source>expected a number, x, a name or &apos;(&apos;, found %1 at column %2</source>
        <translation>Zahl, x, Name oder &apos;(&apos; erwartet, gefunden: %1 in Spalte %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function: write %1(...) at column %2</source>
        <translation>&apos;%1&apos; ist eine Funktion: schreiben Sie %1(...), in Spalte %2</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A parameter&apos;s domain, both bounds: &quot;&gt;= 0 and &lt;= 1&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 has no parameter number %2</source>
        <translation>%1 hat keinen Parameter Nummer %2</translation>
    </message>
    <message>
        <source>%1 parameter %2 must be %3, got %4</source>
        <translation>Der Parameter %2 von %1 muss %3 sein, erhalten: %4</translation>
    </message>
    <message>
        <source>%1 parameter min must be less than max, got min=%2 and max=%3</source>
        <translation>Beim Parameter von %1 muss min kleiner als max sein, erhalten: min=%2 und max=%3</translation>
    </message>
    <message>
        <source>%1 parameter lower must not exceed upper, got lower=%2 and upper=%3</source>
        <translation>Beim Parameter von %1 darf lower nicht größer als upper sein, erhalten: lower=%2 und upper=%3</translation>
    </message>
    <message>
        <source>there is no activation function</source>
        <translation>Es gibt keine Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>the weight variance must be a finite number &gt;= 0</source>
        <translation>Die Gewichtsvarianz muss eine endliche Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>the bias variance must be a finite number &gt;= 0</source>
        <translation>Die Bias-Varianz muss eine endliche Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>the input variance must be a finite number &gt;= 0</source>
        <translation>Die Eingabevarianz muss eine endliche Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>the number of layers must be from 1 to %1</source>
        <translation>Die Zahl der Schichten muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the width must be from 1 to %1</source>
        <translation>Die Breite muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the batch must be from 1 to %1</source>
        <translation>Die Stapelgröße muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>layers × width × batch must be at most %1 (the backward pass keeps φ&apos;(h) of every layer: 256 MiB)</source>
        <translation>Schichten × Breite × Stapelgröße darf höchstens %1 sein (der Rückwärtsdurchlauf behält φ&apos;(h) jeder Schicht: 256 MiB)</translation>
    </message>
    <message>
        <source>the histogram needs 1 to %1 bins</source>
        <translation>Das Histogramm braucht 1 bis %1 Intervalle</translation>
    </message>
    <message>
        <source>the histogram range must be finite with min &lt; max</source>
        <translation>Der Bereich des Histogramms muss endlich sein, mit min &lt; max</translation>
    </message>
    <message>
        <source>converged</source>
        <extracomment>The fixed point of the variance q was found.</extracomment>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>no fixed point: q grows without bound (it passed %1 and kept growing; chaotic side with an unbounded activation)</source>
        <translation>kein Fixpunkt: q wächst unbeschränkt (es überschritt %1 und wuchs weiter; chaotische Seite mit einer unbeschränkten Aktivierung)</translation>
    </message>
    <message>
        <source>no fixed point reached: q was still changing at %1</source>
        <translation>kein Fixpunkt erreicht: q änderte sich bei %1 noch</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>there are no logits</source>
        <translation>Es gibt keine Logits</translation>
    </message>
    <message>
        <source>a logit is not a finite number (NaN or infinity)</source>
        <translation>Ein Logit ist keine endliche Zahl (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>the temperature must be a finite number above 0</source>
        <translation>Die Temperatur muss eine endliche Zahl über 0 sein</translation>
    </message>
    <message>
        <source>the output has a different size than the logits</source>
        <translation>Die Ausgabe hat eine andere Größe als die Logits</translation>
    </message>
</context>
<context>
    <name>CurveCsvExporter</name>
    <message>
        <source>the x range must be finite with start &lt; end, got %1 to %2</source>
        <translation>Der x-Bereich muss endlich sein, mit Anfang &lt; Ende, erhalten: %1 bis %2</translation>
    </message>
    <message>
        <source>the number of points must be %1 to %2, got %3</source>
        <translation>Die Anzahl der Punkte muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>the scene has no formula %1</source>
        <translation>Die Szene hat keine Formel %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DirectionPlot</name>
    <message>
        <source>Output along one input direction</source>
        <translation>Ausgabe entlang einer Eingaberichtung</translation>
    </message>
    <message>
        <source>Outputs of the last layer for the inputs x = t·u, u a random unit vector</source>
        <translation>Ausgaben der letzten Schicht für die Eingaben x = t·u, u ein zufälliger Einheitsvektor</translation>
    </message>
    <message>
        <source>t/√N along the input direction u</source>
        <translation>t/√N entlang der Eingaberichtung u</translation>
    </message>
    <message>
        <source>outputs h_L of the last layer</source>
        <translation>Ausgaben h_L der letzten Schicht</translation>
    </message>
</context>
<context>
    <name>DistributionPlot</name>
    <message>
        <source>Per-layer distributions</source>
        <translation>Verteilungen je Schicht</translation>
    </message>
    <message>
        <source>A heat map: the layer across, the value up, the colour the fraction of the layer&apos;s values in each bin</source>
        <translation>Eine Heatmap: quer die Schicht, nach oben der Wert, die Farbe der Anteil der Werte der Schicht in jedem Intervall</translation>
    </message>
    <message>
        <source>layer l</source>
        <translation>Schicht l</translation>
    </message>
    <message>
        <source>fraction per bin</source>
        <translation>Anteil je Intervall</translation>
    </message>
    <message>
        <source>activation φ(h_l) (simulation)</source>
        <translation>Aktivierung φ(h_l) (Simulation)</translation>
    </message>
</context>
<context>
    <name>ExampleScenes</name>
    <message>
        <source>Sigmoid: the gradient vanishes through depth</source>
        <translation>Sigmoid: Der Gradient verschwindet mit der Tiefe</translation>
    </message>
    <message>
        <source>χ1 &lt; 1/16 per layer: after 20 layers the gradient&apos;s variance is ~1e-24 of the last layer&apos;s</source>
        <translation>χ1 &lt; 1/16 je Schicht: Nach 20 Schichten beträgt die Varianz des Gradienten ~1e-24 der Varianz in der letzten Schicht</translation>
    </message>
    <message>
        <source>ReLU: dead units</source>
        <translation>ReLU: tote Einheiten</translation>
    </message>
    <message>
        <source>the fraction of units that output 0 for every input grows with depth; leaky ReLU keeps none</source>
        <translation>Der Anteil der Einheiten, die für jede Eingabe 0 ausgeben, wächst mit der Tiefe; bei Leaky ReLU gibt es keine</translation>
    </message>
    <message>
        <source>ELU pushes the mean toward zero</source>
        <translation>ELU schiebt den Mittelwert in Richtung null</translation>
    </message>
    <message>
        <source>ELU&apos;s mean activation is about a third of ReLU&apos;s at the same variance</source>
        <translation>Die mittlere Aktivierung von ELU beträgt bei gleicher Varianz etwa ein Drittel der von ReLU</translation>
    </message>
    <message>
        <source>SELU: mean 0 and variance 1 are kept</source>
        <translation>SELU: Mittelwert 0 und Varianz 1 bleiben erhalten</translation>
    </message>
    <message>
        <source>with σw² = 1 and σb² = 0 the fixed point is q* = 1, where SELU&apos;s mean is 0</source>
        <translation>Mit σw² = 1 und σb² = 0 ist der Fixpunkt q* = 1, wo der Mittelwert von SELU 0 ist</translation>
    </message>
    <message>
        <source>Stacked linear layers collapse</source>
        <translation>Gestapelte lineare Schichten fallen zusammen</translation>
    </message>
    <message>
        <source>50 linear layers are one matrix: the output along an input direction is a straight line</source>
        <translation>50 lineare Schichten sind eine einzige Matrix: Die Ausgabe entlang einer Eingaberichtung ist eine Gerade</translation>
    </message>
    <message>
        <source>RReLU&apos;s random slopes</source>
        <translation>Die zufälligen Steigungen von RReLU</translation>
    </message>
    <message>
        <source>in training RReLU draws a slope per unit and input: its variance grows with E[s²], more than leaky ReLU at the mean slope</source>
        <translation>Im Training zieht RReLU eine Steigung je Einheit und Eingabe: Ihre Varianz wächst mit E[s²], stärker als bei Leaky ReLU mit der mittleren Steigung</translation>
    </message>
    <message>
        <source>Tanh: from order to chaos</source>
        <translation>Tanh: von Ordnung zu Chaos</translation>
    </message>
    <message>
        <source>the χ1 = 1 line splits the σw² × σb² plane; these settings sit on the ordered side</source>
        <translation>Die Linie χ1 = 1 teilt die Ebene σw² × σb²; diese Einstellungen liegen auf der geordneten Seite</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>A figure size for a purpose; choosing one sets the size, resolution and scale</source>
        <translation>Eine Abbildungsgröße für einen Zweck; die Auswahl setzt Größe, Auflösung und Skalierung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Größeneinheit</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Automatic resolution</source>
        <translation>Automatische Auflösung</translation>
    </message>
    <message>
        <source>300 dpi for a size in mm or inches; for a size in pixels, the resolution at which the figure is 170 mm wide (at least 96 dpi)</source>
        <translation>300 dpi bei einer Größe in mm oder Zoll; bei einer Größe in Pixeln die Auflösung, bei der die Abbildung 170 mm breit ist (mindestens 96 dpi)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The figure as it will be exported, reduced</source>
        <translation>Die Abbildung, wie sie exportiert wird, verkleinert</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>How much larger than their print size (8 pt tick labels) texts and lines are drawn</source>
        <translation>Um wie viel größer als in ihrer Druckgröße (8-pt-Achsenbeschriftung) Texte und Linien gezeichnet werden</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Plot only</source>
        <translation>Nur das Diagramm</translation>
    </message>
    <message>
        <source>Softmax only</source>
        <translation>Nur Softmax</translation>
    </message>
    <message>
        <source>Plot, and softmax as a second file</source>
        <translation>Diagramm, Softmax als zweite Datei</translation>
    </message>
    <message>
        <source>Plot and softmax side by side</source>
        <translation>Diagramm und Softmax nebeneinander</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Figures (*.png *.svg *.pdf);;PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Curve values (*.csv)</source>
        <translation>Abbildungen (*.png *.svg *.pdf);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;Kurvenwerte (*.csv)</translation>
    </message>
    <message>
        <source>CSV: the plotted curves&apos; values over the visible x range</source>
        <translation>CSV: die Werte der gezeichneten Kurven über den sichtbaren x-Bereich</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg, .pdf or .csv.</source>
        <translation>Der Dateiname muss auf .png, .svg, .pdf oder .csv enden.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where the figure goes; its extension (.png, .svg, .pdf or .csv) picks the format</source>
        <translation>Wohin die Abbildung geschrieben wird; die Endung (.png, .svg, .pdf oder .csv) wählt das Format</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Die Datei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>Pixels, millimetres or inches; the size is converted</source>
        <translation>Pixel, Millimeter oder Zoll; die Größe wird umgerechnet</translation>
    </message>
    <message>
        <source>The figure&apos;s width in the chosen unit</source>
        <translation>Die Breite der Abbildung in der gewählten Einheit</translation>
    </message>
    <message>
        <source>The figure&apos;s height in the chosen unit</source>
        <translation>Die Höhe der Abbildung in der gewählten Einheit</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG</source>
        <translation>Bildpunkte pro Zoll eines PNG</translation>
    </message>
    <message>
        <source>How much larger than their print size texts and lines are drawn</source>
        <translation>Um wie viel größer als in ihrer Druckgröße Texte und Linien gezeichnet werden</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>White, or transparent</source>
        <translation>Weiß oder durchsichtig</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The plot, the softmax chart, or both</source>
        <translation>Das Diagramm, das Softmax-Diagramm oder beide</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>300 dpi for a size in mm or inches; for pixels, 170 mm wide</source>
        <translation>300 dpi für eine Größe in mm oder Zoll; für Pixel 170 mm breit</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>not enough memory for the image</source>
        <translation>nicht genug Speicher für das Bild</translation>
    </message>
    <message>
        <source>cannot start the SVG generator</source>
        <translation>Der SVG-Generator lässt sich nicht starten</translation>
    </message>
    <message>
        <source>the PDF writer refused a page of %1 x %2 mm</source>
        <translation>Der PDF-Schreiber hat eine Seite von %1 x %2 mm abgelehnt</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>Der PDF-Schreiber lässt sich nicht starten</translation>
    </message>
    <message>
        <source>the figure size must be positive, got %1 x %2 %3</source>
        <translation>Die Abbildungsgröße muss positiv sein, erhalten: %1 x %2 %3</translation>
    </message>
    <message>
        <source>the resolution must be %1 to %2 dpi, got %3</source>
        <translation>Die Auflösung muss zwischen %1 und %2 dpi liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>the scale must be %1 to %2, got %3</source>
        <translation>Die Skalierung muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>%1 x %2 %3 at scale %4 is too small to lay out a plot</source>
        <translation>%1 x %2 %3 bei Skalierung %4 ist zu klein, um ein Diagramm anzuordnen</translation>
    </message>
    <message>
        <source>two files cannot be rendered as one; use exportTo</source>
        <translation>Zwei Dateien können nicht als eine gezeichnet werden; exportTo verwenden</translation>
    </message>
    <message>
        <source>there is no function plot to export</source>
        <translation>Es gibt kein Funktionsdiagramm zum Exportieren</translation>
    </message>
    <message>
        <source>there is no softmax chart to export</source>
        <translation>Es gibt kein Softmax-Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>unknown figure format</source>
        <translation>unbekanntes Abbildungsformat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no extension; name the figure with %2</source>
        <translation>&apos;%1&apos; hat keine Dateiendung; benennen Sie die Abbildung mit %2</translation>
    </message>
    <message>
        <source>unknown figure format &apos;.%1&apos; in &apos;%2&apos;; use %3</source>
        <translation>unbekanntes Abbildungsformat &apos;.%1&apos; in &apos;%2&apos;; verwenden Sie %3</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a %1 x %2 pixel image is too large (at most %3 pixels a side and %4 megapixels)</source>
        <translation>Ein Bild mit %1 x %2 Pixeln ist zu groß (höchstens %3 Pixel je Seite und %4 Megapixel)</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <extracomment>The figure formats: &quot;.png, .svg or .pdf&quot;</extracomment>
        <translation>%1, %2 oder %3</translation>
    </message>
    <message>
        <source>%1 x %2 %3 is too large for a figure: at most %4 %3 a side (at scale %5%6)</source>
        <extracomment>%6 is empty or &quot; and 300 dpi&quot;</extracomment>
        <translation>%1 x %2 %3 ist zu groß für eine Abbildung: höchstens %4 %3 je Seite (bei Skalierung %5%6)</translation>
    </message>
    <message>
        <source> and %1 dpi</source>
        <translation> und %1 dpi</translation>
    </message>
</context>
<context>
    <name>FigurePreset</name>
    <message>
        <source>Single column (85 × 60 mm)</source>
        <translation>Einspaltig (85 × 60 mm)</translation>
    </message>
    <message>
        <source>Double column (170 × 105 mm)</source>
        <translation>Zweispaltig (170 × 105 mm)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080 px)</source>
        <translation>Folie 16:9 (1920 × 1080 px)</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>not every byte could be written</source>
        <translation>Nicht alle Bytes konnten geschrieben werden</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>Das ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FormulaActions</name>
    <message>
        <source>&amp;New Formula…</source>
        <translation>&amp;Neue Formel…</translation>
    </message>
    <message>
        <source>Edit &amp;Formula…</source>
        <translation>&amp;Formel bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Type a function of x with parameters of your own</source>
        <translation>Eine Funktion von x mit eigenen Parametern eingeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Re&amp;move Formula</source>
        <translation>Formel &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>Edit Formula</source>
        <translation>Formel bearbeiten</translation>
    </message>
    <message>
        <source>New Formula</source>
        <translation>Neue Formel</translation>
    </message>
    <message>
        <source>Formula name</source>
        <translation>Name der Formel</translation>
    </message>
    <message>
        <source>The name shown in the legend</source>
        <translation>Der Name in der Legende</translation>
    </message>
    <message>
        <source>Formula expression</source>
        <translation>Ausdruck der Formel</translation>
    </message>
    <message>
        <source>A function of x; every other name becomes a parameter with a slider</source>
        <translation>Eine Funktion von x; jeder andere Name wird ein Parameter mit Schieberegler</translation>
    </message>
    <message>
        <source>Formula check</source>
        <translation>Prüfung der Formel</translation>
    </message>
    <message>
        <source>Numbers (1.5e-3), x, pi, e; + − * / ^ and parentheses; exp log log1p expm1 sqrt abs sin cos tan sinh cosh tanh erf erfc min max, and every function of the list by its command-line name: sigmoid(x), softplus(x), gelu(x), leaky_relu(x) …</source>
        <translation>Zahlen (1.5e-3), x, pi, e; + − * / ^ und Klammern; exp log log1p expm1 sqrt abs sin cos tan sinh cosh tanh erf erfc min max sowie jede Funktion der Liste unter ihrem Kommandozeilennamen: sigmoid(x), softplus(x), gelu(x), leaky_relu(x) …</translation>
    </message>
    <message>
        <source>&amp;Expression: f(x) =</source>
        <translation>&amp;Ausdruck: f(x) =</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>the expression</source>
        <translation>der Ausdruck</translation>
    </message>
    <message>
        <source>Type a function of x.</source>
        <translation>Geben Sie eine Funktion von x ein.</translation>
    </message>
    <message>
        <source>f, f′ and f″ will be exact (automatic differentiation).</source>
        <translation>f, f′ und f″ werden exakt sein (automatisches Differenzieren).</translation>
    </message>
    <message>
        <source>No parameters: a fixed function of x.</source>
        <translation>Keine Parameter: eine feste Funktion von x.</translation>
    </message>
    <message>
        <source>Parameters, each with a slider from −5 to 5 starting at 1 (the range can be changed): %1</source>
        <translation>Parameter, jeweils mit einem Schieberegler von −5 bis 5, Startwert 1 (der Bereich lässt sich ändern): %1</translation>
    </message>
</context>
<context>
    <name>FormulaView</name>
    <message>
        <source>if</source>
        <comment>the condition of a piecewise formula: 1 if x &gt; 0</comment>
        <translation>falls</translation>
    </message>
    <message>
        <source>otherwise</source>
        <comment>the last case of a piecewise formula</comment>
        <translation>sonst</translation>
    </message>
    <message>
        <source>(α learned)</source>
        <translation>(α gelernt)</translation>
    </message>
    <message>
        <source>(evaluation); training draws the slope from U(l, u)</source>
        <translation>(Auswertung); im Training wird die Steigung aus U(l, u) gezogen</translation>
    </message>
    <message>
        <source>Φ the standard normal CDF</source>
        <translation>Φ die Verteilungsfunktion der Standardnormalverteilung</translation>
    </message>
    <message>
        <source>where βx &gt; threshold</source>
        <translation>falls βx &gt; Schwellenwert</translation>
    </message>
    <message>
        <source>A typed formula. f′ and f″ are exact (automatic differentiation, no finite differences) and every value is recomputed with more precision wherever double precision would be off by more than 1e-12.</source>
        <translation>Eine eingegebene Formel. f′ und f″ sind exakt (automatisches Differenzieren, keine finiten Differenzen), und jeder Wert wird überall dort genauer neu berechnet, wo doppelte Genauigkeit um mehr als 1e-12 danebenläge.</translation>
    </message>
    <message>
        <source> &amp;nbsp; with </source>
        <translation> &amp;nbsp; mit </translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style=&apos;color:gray&apos;&gt;(faint: the default curve)&lt;/span&gt;</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:gray&apos;&gt;(blass: die Kurve mit Standardwerten)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Formula of the current function</source>
        <translation>Formel der aktuellen Funktion</translation>
    </message>
    <message>
        <source>Parameter values</source>
        <translation>Parameterwerte</translation>
    </message>
</context>
<context>
    <name>FunctionList</name>
    <message>
        <source>Select a function to edit it; tick others to overlay them.</source>
        <translation>Wählen Sie eine Funktion, um sie zu bearbeiten; haken Sie weitere an, um sie zu überlagern.</translation>
    </message>
    <message>
        <source>Typed formulas</source>
        <translation>Eingegebene Formeln</translation>
    </message>
    <message>
        <source>New formula…</source>
        <translation>Neue Formel…</translation>
    </message>
    <message>
        <source>Type a function of x, such as x*sigmoid(b*x); every other name becomes a parameter with a slider (Ctrl+N)</source>
        <translation>Eine Funktion von x eingeben, etwa x*sigmoid(b*x); jeder andere Name wird ein Parameter mit Schieberegler (Strg+N)</translation>
    </message>
    <message>
        <source>f(x) = %1 (F2 or right-click to edit, Delete to remove)</source>
        <translation>f(x) = %1 (F2 oder Rechtsklick zum Bearbeiten, Entf zum Entfernen)</translation>
    </message>
    <message>
        <source>Edit Formula…</source>
        <translation>Formel bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Formula</source>
        <translation>Formel entfernen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>The catalogue by family, then the typed formulas. Up and Down choose the current function; Space ticks a function to overlay it; F2 edits a formula, Delete removes it.</source>
        <translation>Der Katalog nach Familien, dann die eingegebenen Formeln. Auf und Ab wählen die aktuelle Funktion; die Leertaste hakt eine Funktion zum Überlagern an; F2 bearbeitet eine Formel, Entf entfernt sie.</translation>
    </message>
</context>
<context>
    <name>FunctionPlot</name>
    <message>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, with %2 overlaid.</source>
        <translation>%1, überlagert von %2.</translation>
    </message>
    <message>
        <source>the function f</source>
        <translation>die Funktion f</translation>
    </message>
    <message>
        <source>its first derivative f′ (dashed)</source>
        <translation>ihre erste Ableitung f′ (gestrichelt)</translation>
    </message>
    <message>
        <source>its second derivative f″ (dotted)</source>
        <translation>ihre zweite Ableitung f″ (gepunktet)</translation>
    </message>
    <message>
        <source>No curve is shown.</source>
        <translation>Keine Kurve wird gezeigt.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Gezeigt: %1.</translation>
    </message>
    <message>
        <source>x from %1 to %2, y from %3 to %4.</source>
        <translation>x von %1 bis %2, y von %3 bis %4.</translation>
    </message>
    <message>
        <source>Beneath, the difference %1 − %2.</source>
        <translation>Darunter die Differenz %1 − %2.</translation>
    </message>
</context>
<context>
    <name>LayerPlot</name>
    <message>
        <source>variance q of the pre-activations</source>
        <translation>Varianz q der Präaktivierungen</translation>
    </message>
    <message>
        <source>mean activation E[φ(h)]</source>
        <translation>mittlere Aktivierung E[φ(h)]</translation>
    </message>
    <message>
        <source>mean over RMS E[φ(h)]/√E[φ(h)²]</source>
        <translation>Mittelwert durch RMS E[φ(h)]/√E[φ(h)²]</translation>
    </message>
    <message>
        <source>second moment E[φ(h)²]</source>
        <translation>zweites Moment E[φ(h)²]</translation>
    </message>
    <message>
        <source>χ1 = σw² E[φ′(h)²] per layer</source>
        <translation>χ1 = σw² E[φ′(h)²] je Schicht</translation>
    </message>
    <message>
        <source>gradient gain ∏χ1 (to the last layer)</source>
        <translation>Gradientenverstärkung ∏χ1 (bis zur letzten Schicht)</translation>
    </message>
    <message>
        <source>fraction of dead units (simulation)</source>
        <translation>Anteil toter Einheiten (Simulation)</translation>
    </message>
    <message>
        <source>Per-layer plot</source>
        <translation>Diagramm je Schicht</translation>
    </message>
    <message>
        <source>The chosen quantity against the layer: theory as lines, simulation as points</source>
        <translation>Die gewählte Größe über der Schicht: Theorie als Linien, Simulation als Punkte</translation>
    </message>
    <message>
        <source>layer l</source>
        <translation>Schicht l</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>simulation (previous settings)</source>
        <translation>Simulation (vorherige Einstellungen)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activation Explorer</source>
        <translation>Activation Explorer</translation>
    </message>
    <message>
        <source>Drag to pan · wheel to zoom (over an axis: that axis) · R resets the view, F fits all · ↑/↓ in the list change the function</source>
        <translation>Ziehen verschiebt · Mausrad zoomt (über einer Achse: nur diese) · R setzt die Ansicht zurück, F passt alles ein · ↑/↓ in der Liste wechseln die Funktion</translation>
    </message>
    <message>
        <source>Refinement status</source>
        <translation>Stand der Verfeinerung</translation>
    </message>
    <message>
        <source>Refining %1…</source>
        <translation>Verfeinere %1…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Zeigen: </translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)  - - -</source>
        <translation>f′(x)  - - -</translation>
    </message>
    <message>
        <source>f″(x)  ····</source>
        <translation>f″(x)  ····</translation>
    </message>
    <message>
        <source>Show the function (solid)</source>
        <translation>Die Funktion zeigen (durchgezogen)</translation>
    </message>
    <message>
        <source>Show the first derivative (dashed)</source>
        <translation>Die erste Ableitung zeigen (gestrichelt)</translation>
    </message>
    <message>
        <source>Show the second derivative (dotted)</source>
        <translation>Die zweite Ableitung zeigen (gepunktet)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Back to this function&apos;s initial ranges (R)</source>
        <translation>Zurück zu den Anfangsbereichen dieser Funktion (R)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Fit the y range to every plotted curve over the x range shown (F)</source>
        <translation>Den y-Bereich an alle gezeichneten Kurven über dem gezeigten x-Bereich anpassen (F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>Bei&amp;spiele</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Scene…</source>
        <translation>Szene ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save Scene…</source>
        <translation>Szene &amp;speichern…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Value Ta&amp;ble</source>
        <translation>&amp;Wertetabelle</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>x, f, f′, f″ of the plotted functions at chosen x values</source>
        <translation>x, f, f′, f″ der gezeichneten Funktionen an gewählten x-Werten</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 — Activation Explorer</source>
        <translation>%1 — Activation Explorer</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The plot could not be drawn as an image.</source>
        <translation>Das Diagramm konnte nicht als Bild gezeichnet werden.</translation>
    </message>
    <message>
        <source>Open example %1</source>
        <translation>Beispiel öffnen: %1</translation>
    </message>
    <message>
        <source>Open Scene</source>
        <translation>Szene öffnen</translation>
    </message>
    <message>
        <source>The scene was not opened; nothing changed.

%1</source>
        <translation>Die Szene wurde nicht geöffnet; nichts wurde verändert.

%1</translation>
    </message>
    <message>
        <source>Save Scene</source>
        <translation>Szene speichern</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>The plot is on the clipboard</source>
        <translation>Das Diagramm ist in der Zwischenablage</translation>
    </message>
    <message>
        <source>The last session</source>
        <translation>Die letzte Sitzung</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Show f(x)</source>
        <translation>f(x) zeigen</translation>
    </message>
    <message>
        <source>Show f′(x)</source>
        <translation>f′(x) zeigen</translation>
    </message>
    <message>
        <source>Show f″(x)</source>
        <translation>f″(x) zeigen</translation>
    </message>
    <message>
        <source>&amp;Function f(x)</source>
        <translation>F&amp;unktion f(x)</translation>
    </message>
    <message>
        <source>First &amp;Derivative f′(x)</source>
        <translation>Erste &amp;Ableitung f′(x)</translation>
    </message>
    <message>
        <source>&amp;Second Derivative f″(x)</source>
        <translation>&amp;Zweite Ableitung f″(x)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Fit &amp;All</source>
        <translation>Alles &amp;einpassen</translation>
    </message>
    <message>
        <source>S&amp;how Side Panels</source>
        <translation>&amp;Seitenleisten zeigen</translation>
    </message>
    <message>
        <source>(&amp;none)</source>
        <translation>(&amp;keine)</translation>
    </message>
</context>
<context>
    <name>NetworkControls</name>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>layers, 1 to %1</source>
        <translation>Schichten, 1 bis %1</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>units per layer (the width), 1 to %1</source>
        <translation>Einheiten je Schicht (die Breite), 1 bis %1</translation>
    </message>
    <message>
        <source>σw²</source>
        <translation>σw²</translation>
    </message>
    <message>
        <source>weight variance: weights are N(0, σw²/N)</source>
        <translation>Gewichtsvarianz: Die Gewichte sind N(0, σw²/N)</translation>
    </message>
    <message>
        <source>σb²</source>
        <translation>σb²</translation>
    </message>
    <message>
        <source>bias variance: biases are N(0, σb²)</source>
        <translation>Bias-Varianz: Die Biases sind N(0, σb²)</translation>
    </message>
    <message>
        <source>q0</source>
        <translation>q0</translation>
    </message>
    <message>
        <source>input variance: each input coordinate is N(0, q0)</source>
        <translation>Eingabevarianz: Jede Eingabekoordinate ist N(0, q0)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>inputs the simulation pushes through together, 1 to %1</source>
        <translation>Eingaben, die die Simulation gemeinsam durch das Netz schickt, 1 bis %1</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>the simulation&apos;s random numbers: the same seed, the same network</source>
        <translation>Die Zufallszahlen der Simulation: gleicher Seed, gleiches Netz</translation>
    </message>
    <message>
        <source>Initialise:</source>
        <translation>Initialisieren:</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>σw² = %1, σb² = 0: 2/(fan in + fan out) per weight, which is 1/N for layers of equal width</source>
        <translation>σw² = %1, σb² = 0: 2/(Fan-in + Fan-out) je Gewicht, also 1/N bei Schichten gleicher Breite</translation>
    </message>
    <message>
        <source>σw² = %1, σb² = 0</source>
        <translation>σw² = %1, σb² = 0</translation>
    </message>
    <message>
        <source>%1 initialisation</source>
        <translation>%1-Initialisierung</translation>
    </message>
    <message>
        <source>%1. The previous value stays.</source>
        <translation>%1. Der vorherige Wert bleibt.</translation>
    </message>
    <message>
        <source>Depth L</source>
        <translation>Tiefe L</translation>
    </message>
    <message>
        <source>Width N</source>
        <translation>Breite N</translation>
    </message>
    <message>
        <source>Weight variance σw²</source>
        <translation>Gewichtsvarianz σw²</translation>
    </message>
    <message>
        <source>Bias variance σb²</source>
        <translation>Bias-Varianz σb²</translation>
    </message>
    <message>
        <source>Input variance q0</source>
        <translation>Eingabevarianz q0</translation>
    </message>
    <message>
        <source>Batch size B</source>
        <translation>Stapelgröße B</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwert des Zufalls</translation>
    </message>
</context>
<context>
    <name>NetworkDock</name>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>&amp;Network Panel</source>
        <translation>&amp;Netz-Panel</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Signals and gradients of the current function through a deep random network (Ctrl+L)</source>
        <translation>Signale und Gradienten der aktuellen Funktion durch ein tiefes zufälliges Netz (Strg+L)</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Network panel</source>
        <translation>Netz-Panel</translation>
    </message>
    <message>
        <source>Simulation progress</source>
        <translation>Fortschritt der Simulation</translation>
    </message>
    <message>
        <source>simulation: waiting</source>
        <translation>Simulation: wartet</translation>
    </message>
    <message>
        <source>&lt;b&gt;A deep random network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ein tiefes zufälliges Netz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>h₁ = W₁x + b₁, h₍ₗ₊₁₎ = Wφ(hₗ) + b with weights N(0, σw²/N), biases N(0, σb²), inputs N(0, q0); φ is the current function</source>
        <translation>h₁ = W₁x + b₁, h₍ₗ₊₁₎ = Wφ(hₗ) + b mit Gewichten N(0, σw²/N), Biases N(0, σb²), Eingaben N(0, q0); φ ist die aktuelle Funktion</translation>
    </message>
    <message>
        <source>Quantity per layer</source>
        <translation>Größe je Schicht</translation>
    </message>
    <message>
        <source>Fixed point and depth scale</source>
        <translation>Fixpunkt und Tiefenskala</translation>
    </message>
    <message>
        <source>Per layer:</source>
        <translation>Je Schicht:</translation>
    </message>
    <message>
        <source>Network plots</source>
        <translation>Netz-Diagramme</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Along a direction</source>
        <translation>Entlang einer Richtung</translation>
    </message>
    <message>
        <source>Order to chaos</source>
        <translation>Ordnung bis Chaos</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>simuliere…</translation>
    </message>
    <message>
        <source>simulating… %p%</source>
        <translation>simuliere… %p%</translation>
    </message>
    <message>
        <source>simulated: N = %1, B = %2, seed %3</source>
        <translation>simuliert: N = %1, B = %2, Seed %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1: the fixed point is being computed…; gradient gain over the %2 layers %3</source>
        <translation>%1: Der Fixpunkt wird berechnet…; Gradientenverstärkung über die %2 Schichten %3</translation>
    </message>
    <message>
        <source>%1: %2; gradient gain over the %3 layers %4</source>
        <translation>%1: %2; Gradientenverstärkung über die %3 Schichten %4</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <source> (chaotic)</source>
        <translation> (chaotisch)</translation>
    </message>
    <message>
        <source> (ordered)</source>
        <translation> (geordnet)</translation>
    </message>
    <message>
        <source>%1: &lt;i&gt;q&lt;/i&gt;* = %2, χ1(&lt;i&gt;q&lt;/i&gt;*) = %3, ξ = %4%5; gradient gain over the %6 layers %7</source>
        <translation>%1: &lt;i&gt;q&lt;/i&gt;* = %2, χ1(&lt;i&gt;q&lt;/i&gt;*) = %3, ξ = %4%5; Gradientenverstärkung über die %6 Schichten %7</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzeinstellungen</translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>the seed must be a whole number from 0 to 2^53</source>
        <translation>Der Seed muss eine ganze Zahl von 0 bis 2^53 sein</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>„%1“ ist keine endliche Zahl</translation>
    </message>
</context>
<context>
    <name>NumberFieldDelegate</name>
    <message>
        <source>x value</source>
        <translation>x-Wert</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Every parameter of this function back to its default</source>
        <translation>Jeden Parameter dieser Funktion auf seinen Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>a parameter of %1</source>
        <translation>ein Parameter von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parameter von %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1. The previous value stays.</source>
        <translation>%1. Der vorherige Wert bleibt.</translation>
    </message>
    <message>
        <source>%1. The previous range stays.</source>
        <translation>%1. Der vorherige Bereich bleibt.</translation>
    </message>
    <message>
        <source>%1 has no parameters: only x.</source>
        <translation>%1 hat keine Parameter: nur x.</translation>
    </message>
    <message>
        <source>%1 has no parameters: its shape is fixed.</source>
        <translation>%1 hat keine Parameter: Ihre Form ist fest.</translation>
    </message>
    <message>
        <source>Reset all parameters</source>
        <translation>Alle Parameter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;Default %4; the slider spans %5 … %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;Standardwert %4; der Schieberegler reicht von %5 bis %6.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the default, %1</source>
        <translation>Zurück zum Standardwert, %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>slider from</source>
        <translation>Regler von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Slider start for %1</source>
        <translation>Reglerbeginn für %1</translation>
    </message>
    <message>
        <source>Slider end for %1</source>
        <translation>Reglerende für %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2). Default %3; the slider spans %4 … %5.</source>
        <translation>%1 (%2). Standard %3; der Schieberegler reicht von %4 bis %5.</translation>
    </message>
    <message>
        <source>The value at the slider&apos;s left end</source>
        <translation>Der Wert am linken Ende des Schiebereglers</translation>
    </message>
    <message>
        <source>The value at the slider&apos;s right end</source>
        <translation>Der Wert am rechten Ende des Schiebereglers</translation>
    </message>
</context>
<context>
    <name>PhasePlot</name>
    <message>
        <source>Order-to-chaos map</source>
        <translation>Karte von Ordnung und Chaos</translation>
    </message>
    <message>
        <source>The weight and bias variance plane with the line where χ1 = 1 and the current settings marked</source>
        <translation>Die Ebene aus Gewichts- und Bias-Varianz mit der Linie χ1 = 1 und den aktuellen Einstellungen markiert</translation>
    </message>
    <message>
        <source>weight variance σw²</source>
        <translation>Gewichtsvarianz σw²</translation>
    </message>
    <message>
        <source>bias variance σb²</source>
        <translation>Bias-Varianz σb²</translation>
    </message>
    <message>
        <source>χ1(q*) = 1</source>
        <translation>χ1(q*) = 1</translation>
    </message>
    <message>
        <source>these settings</source>
        <translation>diese Einstellungen</translation>
    </message>
    <message>
        <source>ordered: gradients vanish</source>
        <translation>geordnet: Gradienten verschwinden</translation>
    </message>
    <message>
        <source>chaotic: gradients explode</source>
        <translation>chaotisch: Gradienten explodieren</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Function plot</source>
        <translation>Funktionsdiagramm</translation>
    </message>
    <message>
        <source>%1 jumps here: the one-sided value</source>
        <translation>%1 springt hier: der einseitige Wert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &amp;nbsp; &lt;i&gt;x&lt;/i&gt; = %2 &amp;nbsp;&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: &amp;nbsp; &lt;i&gt;x&lt;/i&gt; = %2 &amp;nbsp;&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>Left and Right move the trace cursor along the curve (Shift: larger steps), Home and End go to the ends of the view, Up and Down choose the traced curve. Ctrl with the arrows pans, plus and minus zoom, Ctrl+Shift with the arrows zooms one axis, R resets the view.</source>
        <translation>Links und Rechts bewegen den Messcursor entlang der Kurve (Umschalt: größere Schritte), Pos1 und Ende gehen an die Enden der Ansicht, Auf und Ab wählen die verfolgte Kurve. Strg mit den Pfeiltasten verschiebt, Plus und Minus zoomen, Strg+Umschalt mit den Pfeiltasten zoomt eine Achse, R setzt die Ansicht zurück.</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Show a smaller range about the trace cursor or the centre (+ on the plot)</source>
        <translation>Einen kleineren Bereich um den Messcursor oder die Mitte zeigen (+ im Diagramm)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show a larger range (− on the plot)</source>
        <translation>Einen größeren Bereich zeigen (− im Diagramm)</translation>
    </message>
    <message>
        <source>%1 at x = %2: f = %3, f′ = %4, f″ = %5</source>
        <translation>%1 bei x = %2: f = %3, f′ = %4, f″ = %5</translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <source>not enough memory to encode the image</source>
        <translation>nicht genug Speicher, um das Bild zu kodieren</translation>
    </message>
    <message>
        <source>no image to encode</source>
        <translation>kein Bild zum Kodieren</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Leave Presentation Mode</source>
        <translation>Präsentationsmodus ver&amp;lassen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Function (presenting)</source>
        <translation>V&amp;orherige Funktion (Präsentation)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Function (presenting)</source>
        <translation>Nä&amp;chste Funktion (Präsentation)</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Softmax probabilities</source>
        <translation>Softmax-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>One bar per class, its probability written on it</source>
        <translation>Ein Balken pro Klasse, ihre Wahrscheinlichkeit darauf geschrieben</translation>
    </message>
    <message>
        <source>No probabilities: %1.</source>
        <translation>Keine Wahrscheinlichkeiten: %1.</translation>
    </message>
    <message>
        <source>class %1: %2</source>
        <translation>Klasse %1: %2</translation>
    </message>
    <message>
        <source>Probabilities of %1 classes at temperature %2: %3.</source>
        <translation>Wahrscheinlichkeiten von %1 Klassen bei Temperatur %2: %3.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Activation Explorer scenes (*.actscene)</source>
        <translation>Activation-Explorer-Szenen (*.actscene)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>formula %1</source>
        <translation>Formel %1</translation>
    </message>
    <message>
        <source>must be finite</source>
        <translation>muss endlich sein</translation>
    </message>
    <message>
        <source>needs min &lt; max</source>
        <translation>braucht min &lt; max</translation>
    </message>
    <message>
        <source>%1 is already the current function</source>
        <translation>%1 ist bereits die aktuelle Funktion</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the range of %1: %2</source>
        <translation>der Bereich von %1: %2</translation>
    </message>
    <message>
        <source>a formula needs a name</source>
        <translation>Eine Formel braucht einen Namen</translation>
    </message>
    <message>
        <source>the name &quot;%1…&quot; is longer than %2 characters</source>
        <translation>Der Name „%1…“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the name of %1 must be one line</source>
        <translation>Der Name von %1 muss einzeilig sein</translation>
    </message>
    <message>
        <source>%1 has %2 parameters, %3 listed</source>
        <translation>%1 hat %2 Parameter, aufgeführt sind %3</translation>
    </message>
    <message>
        <source>%1: parameter %2 is %3, not %4</source>
        <translation>%1: Parameter %2 ist %3, nicht %4</translation>
    </message>
    <message>
        <source>a scene holds at most %1 formulas</source>
        <translation>Eine Szene enthält höchstens %1 Formeln</translation>
    </message>
    <message>
        <source>formula key %1 is outside 1 to %2</source>
        <translation>Formelschlüssel %1 liegt nicht zwischen 1 und %2</translation>
    </message>
    <message>
        <source>formula key %1 is used twice</source>
        <translation>Formelschlüssel %1 ist doppelt vergeben</translation>
    </message>
    <message>
        <source>there is no formula %1</source>
        <translation>Es gibt keine Formel %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with itself</source>
        <translation>%1 kann nicht mit sich selbst verglichen werden</translation>
    </message>
    <message>
        <source>the view range must be finite</source>
        <translation>Der Ansichtsbereich muss endlich sein</translation>
    </message>
    <message>
        <source>expected [min, max] with min &lt; max</source>
        <translation>[min, max] mit min &lt; max erwartet</translation>
    </message>
    <message>
        <source>too wide or too narrow to show</source>
        <translation>zu breit oder zu schmal zum Anzeigen</translation>
    </message>
    <message>
        <source>view x: %1</source>
        <translation>Ansicht x: %1</translation>
    </message>
    <message>
        <source>view y: %1</source>
        <translation>Ansicht y: %1</translation>
    </message>
    <message>
        <source>softmax needs %1 to %2 logits, got %3</source>
        <translation>Softmax braucht %1 bis %2 Logits, erhalten: %3</translation>
    </message>
    <message>
        <source>logit %1 must be a finite number</source>
        <translation>Logit %1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the temperature must be a finite number above 0</source>
        <translation>Die Temperatur muss eine endliche Zahl über 0 sein</translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>network: %1</source>
        <translation>Netz: %1</translation>
    </message>
</context>
<context>
    <name>SceneFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>too large for a scene file (over 1 MiB)</source>
        <translation>zu groß für eine Szenendatei (über 1 MiB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>written by a newer version; ignored: %1</source>
        <translation>von einer neueren Version geschrieben; ignoriert: %1</translation>
    </message>
    <message>
        <source>cannot save the scene: %1</source>
        <translation>Die Szene kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a scene file</source>
        <translation>ist ein Ordner, keine Szenendatei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SceneHistory</name>
    <message>
        <source>Change layers</source>
        <translation>Schichten ändern</translation>
    </message>
    <message>
        <source>Change width</source>
        <translation>Breite ändern</translation>
    </message>
    <message>
        <source>Change initialisation</source>
        <translation>Initialisierung ändern</translation>
    </message>
    <message>
        <source>Change weight variance</source>
        <translation>Gewichtsvarianz ändern</translation>
    </message>
    <message>
        <source>Change bias variance</source>
        <translation>Bias-Varianz ändern</translation>
    </message>
    <message>
        <source>Change input variance</source>
        <translation>Eingabevarianz ändern</translation>
    </message>
    <message>
        <source>Change batch</source>
        <translation>Batch ändern</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>Seed ändern</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Neue Formel</translation>
    </message>
    <message>
        <source>Remove formula</source>
        <translation>Formel entfernen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Change overlays</source>
        <translation>Überlagerungen ändern</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>%1 %2 ändern</translation>
    </message>
    <message>
        <source>Change %1 parameters</source>
        <translation>Parameter von %1 ändern</translation>
    </message>
    <message>
        <source>Show derivatives</source>
        <translation>Ableitungen zeigen</translation>
    </message>
    <message>
        <source>Change classes</source>
        <translation>Klassen ändern</translation>
    </message>
    <message>
        <source>Change logit %1</source>
        <translation>Logit %1 ändern</translation>
    </message>
    <message>
        <source>Change temperature</source>
        <translation>Temperatur ändern</translation>
    </message>
    <message>
        <source>Change softmax</source>
        <translation>Softmax ändern</translation>
    </message>
</context>
<context>
    <name>SceneModel</name>
    <message>
        <source>%1 has no parameter %2</source>
        <translation>%1 hat keinen Parameter %2</translation>
    </message>
    <message>
        <source>there is no formula %1</source>
        <translation>Es gibt keine Formel %1</translation>
    </message>
    <message>
        <source>%1 has %2 parameters</source>
        <translation>%1 hat %2 Parameter</translation>
    </message>
    <message>
        <source>there is no such parameter</source>
        <translation>Diesen Parameter gibt es nicht</translation>
    </message>
    <message>
        <source>a scene holds at most %1 formulas; remove one first</source>
        <translation>Eine Szene enthält höchstens %1 Formeln; entfernen Sie zuerst eine</translation>
    </message>
    <message>
        <source>there is no class %1</source>
        <translation>Es gibt keine Klasse %1</translation>
    </message>
</context>
<context>
    <name>SceneReader</name>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not an Activation Explorer scene (expected &quot;%1&quot;, got &quot;%2&quot;)</source>
        <translation>keine Activation-Explorer-Szene (erwartet: „%1“, erhalten: „%2“)</translation>
    </message>
    <message>
        <source>expected a whole number from 1, got %1</source>
        <translation>ganze Zahl ab 1 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>needs format version 2 or later</source>
        <translation>braucht Formatversion 2 oder neuer</translation>
    </message>
    <message>
        <source>expected &quot;light&quot;, &quot;dark&quot; or &quot;system&quot;, got &quot;%1&quot;</source>
        <translation>„light“, „dark“ oder „system“ erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>endliche Zahl erwartet</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>expected %1 to %2 entries, got %3</source>
        <translation>%1 bis %2 Einträge erwartet, erhalten: %3</translation>
    </message>
    <message>
        <source>a function name</source>
        <translation>ein Funktionsname</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannte Funktion „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>no formula with key %1 in &quot;formulas&quot;</source>
        <translation>keine Formel mit Schlüssel %1 in „formulas“</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 1000000, got %1</source>
        <translation>ganze Zahl von 1 bis 1000000 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>key %1 is used twice</source>
        <translation>Schlüssel %1 ist doppelt vergeben</translation>
    </message>
    <message>
        <source>the expression has no parameter of that name</source>
        <translation>Der Ausdruck hat keinen Parameter dieses Namens</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>unknown function</source>
        <translation>unbekannte Funktion</translation>
    </message>
    <message>
        <source>unknown parameter</source>
        <translation>unbekannter Parameter</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, erhalten: %3</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^53, got %1</source>
        <translation>ganze Zahl von 0 bis 2^53 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>a variance cannot be negative, got %1</source>
        <translation>Eine Varianz kann nicht negativ sein, erhalten: %1</translation>
    </message>
    <message>
        <source>expected &quot;distributions&quot;, &quot;direction&quot; or &quot;phase_diagram&quot;, got &quot;%1&quot;</source>
        <translation>„distributions“, „direction“ oder „phase_diagram“ erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected &quot;variance&quot;, &quot;mean&quot;, &quot;relative_mean&quot;, &quot;second_moment&quot;, &quot;chi1&quot;, &quot;gradient_gain&quot; or &quot;dead_fraction&quot;, got &quot;%1&quot;</source>
        <translation>„variance“, „mean“, „relative_mean“, „second_moment“, „chi1“, „gradient_gain“ oder „dead_fraction“ erwartet, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Move the trace cursor along the curve (stops at jumps)</source>
        <translation>Den Spurcursor entlang der Kurve bewegen (hält an Sprüngen)</translation>
    </message>
    <message>
        <source>Shift+← / Shift+→</source>
        <translation>Umschalt+← / Umschalt+→</translation>
    </message>
    <message>
        <source>Move the trace cursor ten times as far</source>
        <translation>Den Spurcursor zehnmal so weit bewegen</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>Trace cursor to the left or right end of the view</source>
        <translation>Spurcursor an das linke oder rechte Ende der Ansicht</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Trace the previous or next plotted curve</source>
        <translation>Die vorherige oder nächste gezeichnete Kurve verfolgen</translation>
    </message>
    <message>
        <source>On the plot (click it or Tab to it)</source>
        <translation>Im Diagramm (anklicken oder mit Tab hinwechseln)</translation>
    </message>
    <message>
        <source>While the plot has focus, ← and → move its trace cursor, also in presentation mode; elsewhere in presentation mode they step through the functions.</source>
        <translation>Solange das Diagramm den Fokus hat, bewegen ← und → seinen Spurcursor, auch im Präsentationsmodus; sonst blättern sie im Präsentationsmodus durch die Funktionen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+← / → / ↑ / ↓</source>
        <translation>Strg+← / → / ↑ / ↓</translation>
    </message>
    <message>
        <source>Pan the view by a tenth</source>
        <translation>Die Ansicht um ein Zehntel verschieben</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Zoom in or out about the trace cursor</source>
        <translation>Um den Messcursor vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+← / →</source>
        <translation>Strg+Umschalt+← / →</translation>
    </message>
    <message>
        <source>Narrow or widen the x range alone</source>
        <translation>Nur den x-Bereich verengen oder weiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+↓ / ↑</source>
        <translation>Strg+Umschalt+↓ / ↑</translation>
    </message>
    <message>
        <source>Narrow or widen the y range alone</source>
        <translation>Nur den y-Bereich verengen oder weiten</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; &amp;nbsp; p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; &amp;nbsp; p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Vorgaben:</translation>
    </message>
    <message>
        <source>Logits from the source documents&apos; worked example</source>
        <translation>Logits aus dem durchgerechneten Beispiel der Quelldokumente</translation>
    </message>
    <message>
        <source>Temperature &lt;i&gt;T&lt;/i&gt;</source>
        <translation>Temperatur &lt;i&gt;T&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Divides every logit: T &gt; 1 flattens the distribution, T &lt; 1 sharpens it.</source>
        <translation>Teilt jedes Logit: T &gt; 1 glättet die Verteilung, T &lt; 1 schärft sie.</translation>
    </message>
    <message>
        <source>Temperature %1: %2; it stays %3.</source>
        <translation>Temperatur %1: %2; sie bleibt %3.</translation>
    </message>
    <message>
        <source>Temperature: %1; it stays %2.</source>
        <translation>Temperatur: %1; sie bleibt %2.</translation>
    </message>
    <message>
        <source>Softmax of f(z) instead of z: with ReLU every negative logit becomes 0, so they all get the same probability and their order is lost.</source>
        <translation>Softmax von f(z) statt von z: Mit ReLU wird jedes negative Logit 0, sodass alle dieselbe Wahrscheinlichkeit bekommen und ihre Reihenfolge verloren geht.</translation>
    </message>
    <message>
        <source>Logit of class %1: any finite number</source>
        <translation>Logit der Klasse %1: jede endliche Zahl</translation>
    </message>
    <message>
        <source>Remove class %1</source>
        <translation>Klasse %1 entfernen</translation>
    </message>
    <message>
        <source>Logit %1: &quot;%2&quot; is not a finite number; the bars show the last valid logits.</source>
        <translation>Logit %1: „%2“ ist keine endliche Zahl; die Balken zeigen die letzten gültigen Logits.</translation>
    </message>
    <message>
        <source>Apply %1 to the logits first</source>
        <translation>%1 zuerst auf die Logits anwenden</translation>
    </message>
    <message>
        <source>%1 sends a logit to infinity</source>
        <translation>%1 schickt ein Logit nach unendlich</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;No probabilities: %1.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Keine Wahrscheinlichkeiten: %1.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Top class &lt;b&gt;%1&lt;/b&gt; (p = %2) &amp;nbsp;·&amp;nbsp; entropy &lt;b&gt;%3&lt;/b&gt; nats (uniform: %4)</source>
        <translation>Wahrscheinlichste Klasse &lt;b&gt;%1&lt;/b&gt; (p = %2) &amp;nbsp;·&amp;nbsp; Entropie &lt;b&gt;%3&lt;/b&gt; nats (gleichverteilt: %4)</translation>
    </message>
    <message>
        <source>%1(z) = [%2]</source>
        <translation>%1(z) = [%2]</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b35900&apos;&gt;%1 all become %2: these classes are now indistinguishable (information lost before softmax).&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b35900&apos;&gt;%1 werden alle zu %2: Diese Klassen sind nun nicht mehr unterscheidbar (Information vor Softmax verloren).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Preset logits %1</source>
        <translation>Vorgabe-Logits %1</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>Adds a class with logit 0</source>
        <translation>Fügt eine Klasse mit Logit 0 hinzu</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatur T</translation>
    </message>
    <message>
        <source>Softmax of f(z) instead of z: the current function is applied to every logit first</source>
        <translation>Softmax von f(z) statt z: die aktuelle Funktion wird zuerst auf jeden Logit angewandt</translation>
    </message>
    <message>
        <source>Softmax statistics</source>
        <translation>Softmax-Kennzahlen</translation>
    </message>
    <message>
        <source>Logits after the activation</source>
        <translation>Logits nach der Aktivierung</translation>
    </message>
    <message>
        <source>Softmax message</source>
        <translation>Softmax-Meldung</translation>
    </message>
    <message>
        <source>Logit z%1</source>
        <translation>Logit z%1</translation>
    </message>
    <message>
        <source>Logit of class %1, from −10 to 10 in steps of 0.01</source>
        <translation>Logit der Klasse %1, von −10 bis 10 in Schritten von 0,01</translation>
    </message>
</context>
<context>
    <name>ThemeSwitcher</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
</context>
<context>
    <name>TraceReadout</name>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>ValueTableDock</name>
    <message>
        <source>Value Table</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Value table</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <source>x, f, f′ and f″ of every plotted function at the x values in the first column; F2 edits an x, Delete removes the selected rows, Ctrl+C copies them</source>
        <translation>x, f, f′ und f″ jeder gezeichneten Funktion an den x-Werten der ersten Spalte; F2 bearbeitet ein x, Entf entfernt die gewählten Zeilen, Strg+C kopiert sie</translation>
    </message>
    <message>
        <source>New x value</source>
        <translation>Neuer x-Wert</translation>
    </message>
    <message>
        <source>An x to add to the table (Return adds it)</source>
        <translation>Ein x für die Tabelle (Eingabe fügt es hinzu)</translation>
    </message>
    <message>
        <source>Add x value</source>
        <translation>x-Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add a row at this x</source>
        <translation>Eine Zeile an diesem x hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Gewählte Zeilen entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Die gewählten Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Copy the table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, or the whole table, as tab-separated text with 17 significant digits (Ctrl+C)</source>
        <translation>Die gewählten Zeilen oder die ganze Tabelle als tabulatorgetrennten Text mit 17 signifikanten Stellen kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>&amp;x =</source>
        <translation>&amp;x =</translation>
    </message>
    <message>
        <source>Copy Values (in the value table)</source>
        <translation>Werte kopieren (in der Wertetabelle)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number; no row was added</source>
        <translation>„%1“ ist keine endliche Zahl; keine Zeile wurde hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
</TS>
