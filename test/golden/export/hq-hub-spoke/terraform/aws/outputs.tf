output "aws_use1_vpc_id" {
  description = "VPC of AWS US East (N. Virginia)"
  value       = aws_vpc.aws_use1.id
}

output "aws_use1_transit_gateway_id" {
  description = "Transit gateway of AWS US East (N. Virginia)"
  value       = aws_ec2_transit_gateway.aws_use1.id
}

output "chi_dx_aws_use1_dx_gateway_id" {
  description = "Direct Connect gateway of chi-dx"
  value       = aws_dx_gateway.chi_dx_aws_use1.id
}

output "dal_vpn_aws_aws_use1_tunnel1_address" {
  description = "Outside address of tunnel 1 of dal-vpn-aws"
  value       = aws_vpn_connection.dal_vpn_aws_aws_use1.tunnel1_address
}

output "dal_vpn_aws_aws_use1_tunnel2_address" {
  description = "Outside address of tunnel 2 of dal-vpn-aws"
  value       = aws_vpn_connection.dal_vpn_aws_aws_use1.tunnel2_address
}
