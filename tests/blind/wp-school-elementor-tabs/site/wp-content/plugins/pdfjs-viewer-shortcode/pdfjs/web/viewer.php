<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <meta name="google" content="notranslate">
    <title>PDF.js viewer</title>
    <link rel="stylesheet" href="viewer.css">
    <script src="../build/pdf.js"></script>
    <script src="viewer.js"></script>
  </head>
  <body tabindex="1">
    <div id="outerContainer">
      <div id="mainContainer">
        <div class="toolbar"><div id="toolbarContainer"><div id="toolbarViewer">
          <button id="previous" class="toolbarButton" title="Previous Page"></button>
          <button id="next" class="toolbarButton" title="Next Page"></button>
          <button id="download" class="toolbarButton download" title="Download"></button>
        </div></div></div>
        <div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>
        <div id="errorWrapper" hidden='true'><div id="errorMessageLeft"><span id="errorMessage"></span></div></div>
      </div>
    </div>
  </body>
</html>
