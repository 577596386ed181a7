; Regroup's additions to electron-builder's NSIS installer (electron-builder.yml nsis.include).
; Installed for all users (per-machine, elevated), the installer registers Regroup's helper, the
; two scheduled tasks that let people refresh the computer's groups without an administrator
; prompt; its uninstaller removes them again. A per-user install has no administrator rights and
; registers nothing. The command line runs inside the installed app (Regroup.exe --cli ...): the
; Windows packages have no Node.js. A helper that could not be registered does not fail the
; installation: Regroup then asks for administrator approval, and `Regroup.exe --cli helper status`
; says why.

!macro customInstall
  ${if} $installMode == "all"
    DetailPrint "Registering the Regroup helper (scheduled tasks)"
    nsExec::ExecToLog '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" --cli helper install'
    Pop $0
    DetailPrint "regroup helper install: exit code $0"
  ${endif}
!macroend

!macro customUnInstall
  ; An update uninstalls the old version first; the new one registers the helper again.
  ${ifNot} ${isUpdated}
    ${if} $installMode == "all"
      nsExec::ExecToLog '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" --cli helper remove'
      Pop $0
    ${endif}
  ${endif}
!macroend
