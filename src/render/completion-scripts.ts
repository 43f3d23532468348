// The completion scripts printed by `netlog completion SHELL`. They hold no list of commands:
// on each Tab they ask `netlog __complete` (this very netlog, by absolute path) what fits, so a
// new command completes as soon as it exists. Only the database named on the line (--db) is
// read from the words here, with ~ and quotes expanded as the shell would.
import type { Shell } from "../reports/complete.js";
import { shellWord } from "../domain/shell-words.js";

export function completionScript(shell: Shell, self: { node: string; script: string }): string {
  if (shell === "fish") return fishScript(`${fishWord(self.node)} ${fishWord(self.script)}`);
  const netlog = `${shellWord(self.node)} ${shellWord(self.script)}`;
  return shell === "bash" ? bashScript(netlog) : zshScript(netlog);
}

function bashScript(netlog: string): string {
  return `# netlog completion for bash. Load it with: source <(netlog completion bash)
# or save it as ~/.local/share/bash-completion/completions/netlog
_netlog() {
  local db=() reply=() line value i
  for ((i = 1; i < COMP_CWORD; i++)); do
    [[ \${COMP_WORDS[i]} == --db ]] || continue
    value=\${COMP_WORDS[i + 1]}
    [[ $value == = ]] && value=\${COMP_WORDS[i + 2]}
    # Quotes and ~ as the shell will read them, but never anything that would run a command.
    if [[ $value != *[\\$\\\`\\(\\)\\;\\|\\&\\<\\>]* ]] && eval "value=$value" 2>/dev/null; then db=(--db "$value"); fi
  done
  while IFS= read -r line; do reply+=("$line"); done < <(${netlog} "\${db[@]}" __complete bash -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  if [[ \${reply[0]} == files ]]; then
    compopt -o filenames 2>/dev/null
    while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "\${reply[1]}")
  elif [[ \${reply[0]} == words ]]; then
    COMPREPLY=("\${reply[@]:1}")
  fi
}
complete -F _netlog netlog
`;
}

function zshScript(netlog: string): string {
  return `#compdef netlog
# netlog completion for zsh. Load it with: source <(netlog completion zsh)   (after compinit)
# or save it as _netlog in a folder of your $fpath
_netlog() {
  local -a db reply specs names
  local value line i
  for ((i = 2; i < CURRENT; i++)); do
    case $words[i] in
      --db) value=\${words[i+1]} ;;
      --db=*) value=\${words[i]#--db=} ;;
      *) continue ;;
    esac
    # As the shell reads it: ~ only unquoted at the start, then quotes removed.
    if [[ $value == '~/'* ]]; then value=$HOME/\${(Q)value#'~/'}; else value=\${(Q)value}; fi
    db=(--db "$value")
  done
  reply=("\${(@f)$(${netlog} "\${db[@]}" __complete zsh -- "\${(@Q)words[2,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null)}")
  case $reply[1] in
    files) _files ;;
    words)
      for line in "\${(@)reply[2,-1]}"; do
        if [[ $line == *$'\\t'* ]]; then specs+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}"); else names+=("$line"); fi
      done
      (( $#specs )) && _describe -t netlog netlog specs
      # netlog has matched these names already, ignoring case and accents as it does.
      (( $#names )) && compadd -U -- "\${names[@]}"
      ;;
  esac
}
if [[ $funcstack[1] == _netlog ]]; then _netlog "$@"; else compdef _netlog netlog; fi
`;
}

function fishScript(netlog: string): string {
  return `# netlog completion for fish. Load it with: netlog completion fish | source
# or save it as ~/.config/fish/completions/netlog.fish
function __netlog_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct | string unescape)
    set -l db
    for i in (seq (count $words))
        set -l value
        if test "$words[$i]" = --db; and test $i -lt (count $words)
            set value $words[(math $i + 1)]
        else if string match -q -- '--db=*' $words[$i]
            set value (string replace -- --db= '' $words[$i])
        else
            continue
        end
        set db --db (string replace -r -- '^~/' "$HOME/" $value)
    end
    set -l reply (${netlog} $db __complete fish -- $words "$current" 2>/dev/null)
    switch "$reply[1]"
        case files
            __fish_complete_path (commandline -ct)
        case words
            test (count $reply) -gt 1; and printf '%s\\n' $reply[2..-1]
    end
end
complete -c netlog -f -a '(__netlog_complete)'
`;
}

function fishWord(text: string): string {
  return `'${text.replace(/[\\']/g, "\\$&")}'`;
}
