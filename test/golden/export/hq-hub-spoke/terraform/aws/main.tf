# AWS US East (N. Virginia) (aws-use1)

data "aws_availability_zones" "aws_use1" {
  provider = aws.aws_use1
  state    = "available"
}

resource "aws_vpc" "aws_use1" {
  provider             = aws.aws_use1
  cidr_block           = var.aws_use1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS US East (N. Virginia)"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_subnet" "aws_use1_mgmt" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["mgmt"]
  tags = {
    Name                = "AWS US East (N. Virginia) mgmt"
    "netstudio:element" = "mgmt"
  }
}

resource "aws_subnet" "aws_use1_users" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["users"]
  tags = {
    Name                = "AWS US East (N. Virginia) users"
    "netstudio:element" = "users"
  }
}

resource "aws_subnet" "aws_use1_app" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["app"]
  tags = {
    Name                = "AWS US East (N. Virginia) app"
    "netstudio:element" = "app"
  }
}

resource "aws_subnet" "aws_use1_data" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["data"]
  tags = {
    Name                = "AWS US East (N. Virginia) data"
    "netstudio:element" = "data"
  }
}

resource "aws_subnet" "aws_use1_dmz" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["dmz"]
  tags = {
    Name                = "AWS US East (N. Virginia) dmz"
    "netstudio:element" = "dmz"
  }
}

resource "aws_subnet" "aws_use1_tgw_0" {
  provider          = aws.aws_use1
  vpc_id            = aws_vpc.aws_use1.id
  cidr_block        = cidrsubnet(var.aws_use1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_use1.names[0]
  tags = {
    Name                = "AWS US East (N. Virginia) TGW attachment 1"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_subnet" "aws_use1_tgw_1" {
  provider          = aws.aws_use1
  vpc_id            = aws_vpc.aws_use1.id
  cidr_block        = cidrsubnet(var.aws_use1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_use1.names[1]
  tags = {
    Name                = "AWS US East (N. Virginia) TGW attachment 2"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_ec2_transit_gateway" "aws_use1" {
  provider                        = aws.aws_use1
  description                     = "AWS US East (N. Virginia) transit gateway"
  amazon_side_asn                 = var.aws_use1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS US East (N. Virginia) TGW"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_use1" {
  provider           = aws.aws_use1
  transit_gateway_id = aws_ec2_transit_gateway.aws_use1.id
  vpc_id             = aws_vpc.aws_use1.id
  subnet_ids         = [aws_subnet.aws_use1_tgw_0.id, aws_subnet.aws_use1_tgw_1.id]
  tags = {
    Name                = "AWS US East (N. Virginia) VPC attachment"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_route" "aws_use1_to_hq_chi" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.hq_chi_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

resource "aws_route" "aws_use1_to_hq_dal" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.hq_dal_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

# Chicago Direct Connect: Direct Connect from aws-use1 to hq-chi

resource "aws_dx_gateway" "chi_dx_aws_use1" {
  provider        = aws.aws_use1
  name            = "ns-chi-dx-aws-use1"
  amazon_side_asn = tostring(var.aws_use1_asn)
}

resource "aws_dx_gateway_association" "chi_dx_aws_use1" {
  provider              = aws.aws_use1
  dx_gateway_id         = aws_dx_gateway.chi_dx_aws_use1.id
  associated_gateway_id = aws_ec2_transit_gateway.aws_use1.id
  allowed_prefixes      = [var.aws_use1_cidr]
}

resource "aws_dx_transit_virtual_interface" "chi_dx_aws_use1" {
  provider         = aws.aws_use1
  connection_id    = var.chi_dx_dx_connection_id
  dx_gateway_id    = aws_dx_gateway.chi_dx_aws_use1.id
  name             = "Chicago Direct Connect"
  vlan             = var.chi_dx_vlan
  address_family   = "ipv4"
  bgp_asn          = var.hq_chi_asn
  amazon_address   = "169.254.95.33/30"
  customer_address = "169.254.95.34/30"
  bgp_auth_key     = var.chi_dx_bgp_auth_key
  tags = {
    Name                = "Chicago Direct Connect"
    "netstudio:element" = "chi-dx"
  }
}

# Dallas backup VPN to AWS: Site-to-Site VPN from aws-use1 to hq-dal

resource "aws_customer_gateway" "dal_vpn_aws_aws_use1" {
  provider   = aws.aws_use1
  bgp_asn    = tostring(var.hq_dal_asn)
  ip_address = var.hq_dal_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "HQ data centre Dallas (dal-vpn-aws)"
    "netstudio:element" = "dal-vpn-aws"
  }
}

resource "aws_vpn_connection" "dal_vpn_aws_aws_use1" {
  provider              = aws.aws_use1
  customer_gateway_id   = aws_customer_gateway.dal_vpn_aws_aws_use1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_use1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.100.216/30"
  tunnel2_inside_cidr   = "169.254.100.220/30"
  tunnel1_preshared_key = var.dal_vpn_aws_tunnel1_psk
  tunnel2_preshared_key = var.dal_vpn_aws_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "Dallas backup VPN to AWS"
    "netstudio:element" = "dal-vpn-aws"
  }
}
