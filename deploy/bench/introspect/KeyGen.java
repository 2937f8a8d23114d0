import com.bolloprint.token.apitoken.TokenKey;
import com.bolloprint.token.common.Secrets;

/**
 * Prints N real API keys, one per line as "key,sha256", using token-service's own generator.
 * Run with token-service's jar on the class path (single-file source launch).
 */
public class KeyGen {
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String key = TokenKey.generate();
      out.append(key).append(',').append(Secrets.sha256Hex(key)).append('\n');
    }
    System.out.print(out);
  }
}
