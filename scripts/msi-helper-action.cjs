/**
 * electron-builder's `msiProjectCreated` hook (electron-builder.yml): adds Regroup's helper to the
 * MSI's WiX project before WiX builds it. Two deferred custom actions run the installed app's
 * command line as SYSTEM (Impersonate="no", the only way an MSI action runs elevated):
 *   RegroupHelperInstall  `Regroup.exe --cli helper install`, after the files are installed;
 *   RegroupHelperRemove   `Regroup.exe --cli helper remove`, on a full uninstall (not an
 *                         upgrade), before the files are removed.
 * Return="ignore": a helper that could not be registered must not fail a fleet deployment (Regroup
 * then asks for approval; `Regroup.exe --cli helper status` says why), and nothing may block an
 * uninstall. `mainExecutable` is the File Id electron-builder gives the app's executable.
 */
const fs = require('node:fs');

const ACTIONS = [
  '    <CustomAction Id="RegroupHelperInstall" FileKey="mainExecutable" ExeCommand="--cli helper install" Execute="deferred" Impersonate="no" Return="ignore"/>',
  '    <CustomAction Id="RegroupHelperRemove" FileKey="mainExecutable" ExeCommand="--cli helper remove" Execute="deferred" Impersonate="no" Return="ignore"/>',
].join('\n');
const SEQUENCE = [
  '      <Custom Action="RegroupHelperInstall" Before="InstallFinalize">NOT REMOVE</Custom>',
  '      <Custom Action="RegroupHelperRemove" Before="RemoveFiles">REMOVE~="ALL" AND NOT UPGRADINGPRODUCTCODE</Custom>',
].join('\n');

/** The WiX project with the helper's actions added; throws when its shape is not the expected one. */
function addHelperActions(wxs) {
  if (wxs.includes('RegroupHelperInstall')) return wxs;
  if (!wxs.includes('</Product>'))
    throw new Error('msi-helper-action: no </Product> in the WiX project');
  const withSequence = wxs.includes('<InstallExecuteSequence>')
    ? wxs.replace('<InstallExecuteSequence>', `<InstallExecuteSequence>\n${SEQUENCE}`)
    : wxs.replace(
        '</Product>',
        `    <InstallExecuteSequence>\n${SEQUENCE}\n    </InstallExecuteSequence>\n  </Product>`,
      );
  return withSequence.replace('</Product>', `${ACTIONS}\n  </Product>`);
}

async function msiProjectCreated(projectFile) {
  fs.writeFileSync(projectFile, addHelperActions(fs.readFileSync(projectFile, 'utf8')));
}

module.exports = msiProjectCreated;
module.exports.default = msiProjectCreated;
module.exports.addHelperActions = addHelperActions;
